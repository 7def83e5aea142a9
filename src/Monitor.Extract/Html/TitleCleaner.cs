namespace Monitor.Extract.Html;

/// <summary>Removes the site name that pages append to (or prefix) their &lt;title&gt;: "Headline | Site", "Site - Headline".</summary>
internal static class TitleCleaner
{
    private static readonly string[] s_separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "];

    /// <summary>Headlines shorter than this many words are kept whole: the "site name" may be half the headline.</summary>
    private const int MinHeadlineWords = 3;

    public static string Clean(string title)
    {
        foreach (var separator in s_separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last <= 0)
                continue;

            var head = title[..last].Trim();
            var tail = title[(last + separator.Length)..].Trim();

            // The longer side is the headline; site names are short.
            var headline = head.Length >= tail.Length ? head : tail;
            if (WordCount(headline) >= MinHeadlineWords)
                return headline;
        }

        return title;
    }

    private static int WordCount(string value) =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
