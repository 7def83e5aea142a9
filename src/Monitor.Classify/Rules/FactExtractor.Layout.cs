namespace Monitor.Classify.Rules;

/// <summary>
/// Lines of the page around the story: bylines and datelines that do not count as the lead, teaser lines, and the
/// headings that open a press release's closing boilerplate or a background section.
/// </summary>
internal sealed partial class FactExtractor
{
    /// <summary>Longest line taken for a byline or dateline: "By Libya Observer staff", "Tripoli - Libya Herald".</summary>
    private const int CreditLineTokens = 6;

    /// <summary>A short line with no sentence-final punctuation: a byline, a dateline or a photo credit, not a sentence.</summary>
    private static bool IsCreditLine(ReadOnlySpan<char> text, int tokens)
    {
        var trimmed = text.TrimEnd();
        return tokens <= CreditLineTokens && trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?' or '\u061F' or ':' or '"' or '\u201D' or '\u00BB');
    }

    private bool IsFurniture(ReadOnlySpan<char> sentence) => StartsWithAny(sentence, taxonomy.FurniturePrefixes);

    private static bool StartsWithAny(ReadOnlySpan<char> sentence, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (sentence.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading line: exactly one of the words, an optional colon after it.</summary>
    private static bool IsHeading(ReadOnlySpan<char> line, IReadOnlyList<string> headings)
    {
        var trimmed = line.Trim().TrimEnd(':').TrimEnd();
        foreach (var heading in headings)
        {
            if (trimmed.Equals(heading, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
