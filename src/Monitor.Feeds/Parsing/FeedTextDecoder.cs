using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Feeds.Parsing;

/// <summary>
/// Turns a feed body into text: byte order mark first, then the HTTP charset, then the XML declaration, then UTF-8.
/// Bytes that are not valid in the chosen Unicode encoding are read as windows-1252, the usual truth behind a feed
/// that declares UTF-8 but was written by a Latin-1 CMS.
/// </summary>
public static partial class FeedTextDecoder
{

    public static string Decode(ReadOnlySpan<byte> body, string? charset = null)
    {
        CodePages.EnsureRegistered();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(body[3..], Encoding.UTF8);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(body[2..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(body[2..]);
        }

        var encoding = EncodingNamed(charset) ?? EncodingNamed(DeclaredEncoding(body)) ?? Encoding.UTF8;
        return DecodeStrict(body, encoding);
    }

    private static string DecodeStrict(ReadOnlySpan<byte> body, Encoding encoding)
    {
        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(body);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return CodePages.Windows1252.GetString(body);
        }
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> body)
    {
        var prolog = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 512)]);
        var match = DeclarationEncoding().Match(prolog);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? EncodingNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }


    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex DeclarationEncoding();
}
