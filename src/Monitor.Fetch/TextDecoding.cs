using System.Text;
using System.Text.Unicode;

namespace Monitor.Fetch;

/// <summary>
/// Decodes a fetched body the way browsers and feed readers do: a byte-order mark wins, then the
/// Content-Type charset, then what the document says about itself (the XML prolog, or an HTML meta
/// in the first few KB), then UTF-8. A document that claims UTF-8 but is not valid UTF-8 is read as
/// windows-1252, the usual truth behind that mistake.
/// </summary>
public static class TextDecoding
{
    /// <summary>How far into an HTML page a charset meta is looked for (browsers stop at 1024; real pages do not).</summary>
    public const int HtmlSniffBytes = 4096;

    private static readonly Encoding _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>windows-1252, which browsers also use for every "ISO-8859-1" or "ASCII" label.</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    /// <summary>Makes the legacy code pages (windows-1252, ISO-8859-x, KOI8-R...) resolvable by name.</summary>
    public static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding LoadWindows1252()
    {
        RegisterCodePages();
        return Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// Decodes <paramref name="body"/>. For XML the result starts at the first non-whitespace character,
    /// so XmlReader accepts a prolog that a sloppy server preceded with blank lines.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset, bool isXml)
    {
        var detected = Detect(body, headerCharset, isXml);
        var text = detected.Encoding.GetString(body[detected.PreambleLength..]);
        return isXml ? text.TrimStart() : text;
    }

    /// <summary>The encoding to read <paramref name="body"/> with, how it was chosen, and the BOM length to skip.</summary>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> body, string? headerCharset, bool isXml)
    {
        if (DetectBom(body) is { } bom)
            return bom;

        if (TryGetEncoding(headerCharset) is { } fromHeader)
            return Verify(body, fromHeader, EncodingSource.ContentTypeHeader);

        if (isXml && DocumentCharsetSniffer.DetectUtf16XmlWithoutBom(body) is { } utf16)
            return new DetectedEncoding(utf16, EncodingSource.Document, 0);

        var declared = isXml ? DocumentCharsetSniffer.FindXmlDeclaration(body) : DocumentCharsetSniffer.FindHtmlMeta(body);
        if (TryGetEncoding(declared) is { } fromDocument)
        {
            // The bytes already read as ASCII to find the declaration, so a UTF-16 label cannot be true.
            if (fromDocument is UnicodeEncoding or UTF32Encoding)
                fromDocument = _utf8;
            return Verify(body, fromDocument, EncodingSource.Document);
        }

        return Verify(body, _utf8, EncodingSource.Default);
    }

    /// <summary>Resolves a charset label, or null when it is empty or unknown.</summary>
    public static Encoding? TryGetEncoding(string? charset)
    {
        var label = charset?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(label))
            return null;
        if (IsLatin1Label(label))
            return Windows1252;
        try
        {
            var encoding = Encoding.GetEncoding(label);
            return encoding.CodePage == Encoding.UTF8.CodePage ? _utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsLatin1Label(string label) =>
        label.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)
        || label.Equals("iso8859-1", StringComparison.OrdinalIgnoreCase)
        || label.Equals("latin1", StringComparison.OrdinalIgnoreCase)
        || label.Equals("l1", StringComparison.OrdinalIgnoreCase)
        || label.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
        || label.Equals("ascii", StringComparison.OrdinalIgnoreCase);

    private static DetectedEncoding? DetectBom(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new DetectedEncoding(_utf8, EncodingSource.ByteOrderMark, 3);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DetectedEncoding(Encoding.Unicode, EncodingSource.ByteOrderMark, 2);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DetectedEncoding(Encoding.BigEndianUnicode, EncodingSource.ByteOrderMark, 2);
        return null;
    }

    private static DetectedEncoding Verify(ReadOnlySpan<byte> body, Encoding encoding, EncodingSource source) =>
        encoding.CodePage == Encoding.UTF8.CodePage && !Utf8.IsValid(body)
            ? new DetectedEncoding(Windows1252, EncodingSource.InvalidUtf8Fallback, 0)
            : new DetectedEncoding(encoding, source, 0);
}
