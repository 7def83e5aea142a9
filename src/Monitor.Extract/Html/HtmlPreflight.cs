using System.Text;

namespace Monitor.Extract.Html;

/// <summary>
/// A single pass over the raw markup, without building a DOM, that refuses pages too big, too numerous in elements
/// or too deeply nested to parse safely. A 7 MB page with 100,000 paragraphs is refused here in milliseconds
/// instead of costing tens of seconds and hundreds of megabytes inside the parser.
/// </summary>
internal static class HtmlPreflight
{
    // Elements that never have content, and elements whose end tag the HTML parser implies when a sibling starts:
    // neither deepens the tree, so counting them as nesting would refuse ordinary pages with unclosed <p> or <li>.
    private static readonly HashSet<string> s_nonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
    };

    public static ExtractionFailure? Check(string html, ExtractionOptions options)
    {
        if (string.IsNullOrWhiteSpace(html))
            return new ExtractionFailure(ExtractionErrorKind.EmptyInput, "The page is empty.");

        // Cheap upper bound first: a UTF-8 byte is at most 3 per UTF-16 char, at least 1.
        if (html.Length > options.MaxInputBytes || Encoding.UTF8.GetByteCount(html) > options.MaxInputBytes)
        {
            return new ExtractionFailure(
                ExtractionErrorKind.InputTooLarge,
                $"The page is larger than {options.MaxInputBytes} bytes.");
        }

        return ScanStructure(html.AsSpan(), options);
    }

    private static ExtractionFailure? ScanStructure(ReadOnlySpan<char> html, ExtractionOptions options)
    {
        var elements = 0;
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0)
                break;
            i += lt;
            var rest = html[i..];

            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }

            var closing = rest.Length > 1 && rest[1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
                nameEnd++;
            var name = html[nameStart..nameEnd];
            var tagEnd = FindTagEnd(html, nameEnd);
            var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            i = tagEnd + 1;

            if (closing)
            {
                if (!IsNonNesting(name) && depth > 0)
                    depth--;
                continue;
            }

            if (++elements > options.MaxElemsToParse)
            {
                return new ExtractionFailure(
                    ExtractionErrorKind.TooManyElements,
                    $"The page has more than {options.MaxElemsToParse} elements.");
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase)
                || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Raw text: markup-looking strings inside scripts are not elements.
                i = SkipPast(html, i, name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style");
                continue;
            }

            if (!selfClosing && !IsNonNesting(name) && ++depth > options.MaxNestingDepth)
            {
                return new ExtractionFailure(
                    ExtractionErrorKind.TooDeeplyNested,
                    $"The page nests elements deeper than {options.MaxNestingDepth} levels.");
            }
        }

        return null;
    }

    private static bool IsNonNesting(ReadOnlySpan<char> name) =>
        s_nonNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>
    /// Index of the '&gt;' closing the tag, honouring quoted attribute values the way the HTML tokenizer does
    /// (a quote opens a value only right after '='); the last index when unterminated.
    /// </summary>
    private static int FindTagEnd(ReadOnlySpan<char> html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                continue;
            }

            if (c == '>')
                return j;
            if (afterEquals && c is '"' or '\'')
                quote = c;
            if (!char.IsWhiteSpace(c))
                afterEquals = c == '=';
        }

        return html.Length - 1;
    }

    private static int SkipPast(ReadOnlySpan<char> html, int from, string marker)
    {
        if (from >= html.Length)
            return html.Length;
        var found = html[from..].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : from + found + marker.Length;
    }
}
