using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;

namespace Monitor.Feeds.Parsing;

/// <summary>
/// Makes the sloppy XML that real feeds serve readable, the way lenient feed readers do, without weakening the
/// strict reader that runs afterwards: HTML named entities (&amp;nbsp;) become numeric references, bare ampersands
/// are escaped, references to characters XML forbids (&amp;#1;) and the raw characters themselves are dropped.
/// CDATA sections, comments and the DOCTYPE are copied untouched.
/// </summary>
internal static class XmlTextRepair
{
    private const int MaxEntityLength = 40;

    private static readonly SearchValues<char> _hexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static string Repair(string text, DoctypeDeclaration? doctype)
    {
        var declared = doctype?.DeclaredEntities ?? new HashSet<string>();
        var builder = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (doctype is not null && i == doctype.Start)
            {
                builder.Append(text, doctype.Start, doctype.End - doctype.Start);
                i = doctype.End;
            }
            else if (c == '<' && At(text, i, "<![CDATA["))
            {
                i = CopyVerbatimThrough(text, i, "]]>", builder);
            }
            else if (c == '<' && At(text, i, "<!--"))
            {
                i = CopyVerbatimThrough(text, i, "-->", builder);
            }
            else if (c == '&')
            {
                i = RepairReference(text, i, declared, builder);
            }
            else
            {
                i = AppendIfValid(text, i, builder);
            }
        }

        return builder.ToString();
    }

    private static bool At(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static int CopyVerbatimThrough(string text, int start, string terminator, StringBuilder builder)
    {
        var close = text.IndexOf(terminator, start, StringComparison.Ordinal);
        var end = close < 0 ? text.Length : close + terminator.Length;
        var i = start;
        while (i < end)
        {
            i = AppendIfValid(text, i, builder);
        }

        return end;
    }

    /// <summary>Appends the character (or surrogate pair) at <paramref name="index"/> if XML allows it.</summary>
    private static int AppendIfValid(string text, int index, StringBuilder builder)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            builder.Append(c).Append(text[index + 1]);
            return index + 2;
        }

        if (IsXmlChar(c))
        {
            builder.Append(c);
        }

        return index + 1;
    }

    private static bool IsXmlChar(int codePoint) =>
        codePoint is 0x9 or 0xA or 0xD
        || codePoint is >= 0x20 and <= 0xD7FF
        || codePoint is >= 0xE000 and <= 0xFFFD
        || codePoint is >= 0x10000 and <= 0x10FFFF;

    private static int RepairReference(string text, int ampersand, IReadOnlySet<string> declared, StringBuilder builder)
    {
        var semicolon = text.IndexOf(';', ampersand + 1, Math.Min(MaxEntityLength, text.Length - ampersand - 1));
        var body = semicolon < 0 ? null : text[(ampersand + 1)..semicolon];
        if (body is null || body.Length == 0 || !IsReferenceBody(body))
        {
            builder.Append("&amp;");
            return ampersand + 1;
        }

        var next = semicolon + 1;
        if (body[0] == '#')
        {
            AppendNumericReference(body, builder);
            return next;
        }

        if (body is "amp" or "lt" or "gt" or "quot" or "apos" || declared.Contains(body))
        {
            builder.Append('&').Append(body).Append(';');
            return next;
        }

        var reference = text[ampersand..next];
        var decoded = WebUtility.HtmlDecode(reference);
        if (decoded != reference)
        {
            AppendAsNumericReferences(decoded, builder);
        }
        else
        {
            // Not an entity anybody knows: keep the text as it reads.
            builder.Append("&amp;").Append(body).Append(';');
        }

        return next;
    }

    private static bool IsReferenceBody(string body)
    {
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && (body[1] is 'x' or 'X');
            var digits = body.AsSpan(hex ? 2 : 1);
            return !digits.IsEmpty && (hex ? digits.ContainsOnlyHex() : digits.ContainsOnlyDigits());
        }

        return char.IsAsciiLetter(body[0]) && body.AsSpan(1).ContainsOnlyNameChars();
    }

    private static bool ContainsOnlyHex(this ReadOnlySpan<char> span) => !span.ContainsAnyExcept(_hexDigits);

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');

    private static bool ContainsOnlyNameChars(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendNumericReference(string body, StringBuilder builder)
    {
        var hex = body.Length > 1 && (body[1] is 'x' or 'X');
        var digits = body.AsSpan(hex ? 2 : 1);
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (!int.TryParse(digits, style, CultureInfo.InvariantCulture, out var codePoint))
        {
            return;
        }

        // Windows-1252 code points written as references (&#150;) mean what browsers show for them.
        if (codePoint is >= 0x80 and <= 0x9F)
        {
            var mapped = CodePages.Windows1252.GetString([(byte)codePoint]);
            codePoint = char.ConvertToUtf32(mapped, 0);
        }

        if (IsXmlChar(codePoint))
        {
            builder.Append("&#").Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
        }
    }

    private static void AppendAsNumericReferences(string decoded, StringBuilder builder)
    {
        for (var i = 0; i < decoded.Length; i += char.IsSurrogatePair(decoded, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(decoded, i);
            builder.Append("&#").Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
        }
    }

}
