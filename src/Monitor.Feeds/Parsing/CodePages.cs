using System.Text;

namespace Monitor.Feeds.Parsing;

/// <summary>Legacy code pages (windows-1252 and friends) that feeds still use; .NET needs them registered once.</summary>
internal static class CodePages
{
    private static readonly Lazy<Encoding> _windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static Encoding Windows1252 => _windows1252.Value;

    public static void EnsureRegistered() => _ = _windows1252.Value;
}
