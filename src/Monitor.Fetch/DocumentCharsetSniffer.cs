using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Fetch;

/// <summary>Finds the charset a document declares about itself, reading its first bytes as ASCII.</summary>
internal static partial class DocumentCharsetSniffer
{
    private const int XmlDeclarationMaxBytes = 512;

    /// <summary>The encoding="..." of an XML declaration, allowing whitespace before <c>&lt;?xml</c>.</summary>
    public static string? FindXmlDeclaration(ReadOnlySpan<byte> body)
    {
        var start = 0;
        while (start < body.Length && IsAsciiWhitespace(body[start]))
            start++;
        var rest = body[start..];
        if (!rest.StartsWith("<?xml"u8))
            return null;
        var end = rest[..Math.Min(rest.Length, XmlDeclarationMaxBytes)].IndexOf("?>"u8);
        if (end < 0)
            return null;
        var match = XmlEncodingPattern().Match(Encoding.Latin1.GetString(rest[..end]));
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>A <c>&lt;meta charset&gt;</c> or http-equiv Content-Type charset in the first few KB.</summary>
    public static string? FindHtmlMeta(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, TextDecoding.HtmlSniffBytes)]);
        var match = HtmlMetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>UTF-16 XML without a BOM still starts with "&lt;?" in two-byte units.</summary>
    public static Encoding? DetectUtf16XmlWithoutBom(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00]))
            return Encoding.Unicode;
        if (body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F]))
            return Encoding.BigEndianUnicode;
        return null;
    }

    private static bool IsAsciiWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    [GeneratedRegex("""encoding\s*=\s*["'](?<charset>[A-Za-z0-9._:\-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncodingPattern();

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9._:\-]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlMetaCharsetPattern();
}
