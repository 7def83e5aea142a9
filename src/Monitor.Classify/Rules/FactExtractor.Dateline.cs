using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// The dateline that opens a wire story ("TRIPOLI, March 3 (Reuters) -", "Tunis (Tunisia), 28 February 2025 -", "Rome,
/// 12 marzo -", "طرابلس - "): it says where the story was filed, so the names in it are places, never parties.
/// </summary>
internal sealed partial class FactExtractor
{
    /// <summary>Words a dateline may hold before its dash: a city, its country, a date and an agency name.</summary>
    private const int DatelineWords = 10;

    /// <summary>Marks the tokens of the dateline that opens the first body sentence, if it has one.</summary>
    private static void MarkDateline(ArticleText article, SentenceFacts[] facts, Mark[] marks)
    {
        var (first, end) = FindDateline(article, facts, marks);
        for (var t = first; t < end; t++)
        {
            marks[t] |= Mark.Dateline;
        }
    }

    /// <summary>The tokens of the dateline at the start of the first body sentence, or an empty range when there is none.</summary>
    private static (int First, int End) FindDateline(ArticleText article, SentenceFacts[] facts, Mark[] marks)
    {
        var lead = Array.FindIndex(facts, f => f.BodyIndex == 0);
        if (lead < 0)
        {
            return (0, 0);
        }

        var first = article.SentenceTokenStart[lead];
        var end = Math.Min(article.SentenceTokenStart[lead + 1], first + DatelineWords + 1);

        // A dateline opens with the name of a place (in capitals or not): "TRIPOLI", "Le Caire", "طرابلس".
        if (first >= end || ((marks[first] & Mark.Entity) == 0 && !IsWord(article, first, "le") && !IsWord(article, first, "il")))
        {
            return (0, 0);
        }

        for (var t = first; t < end - 1; t++)
        {
            if (!IsDatelineWord(article, marks, t))
            {
                return (0, 0);
            }

            if (IsDatelineDash(article, t, t + 1))
            {
                return (first, t + 1);
            }
        }

        return (0, 0);
    }

    /// <summary>A name, a number or a month: "Tunis", "Tunisia", "28", "February", "Reuters", "mars", "مارس".</summary>
    private static bool IsDatelineWord(ArticleText article, Mark[] marks, int t)
    {
        var token = article.Tokens[t];
        return (marks[t] & Mark.Entity) != 0 || (token.Flags & (TokenFlags.InitialUpper | TokenFlags.AllUpper | TokenFlags.Digits)) != 0
            || DateFinder.TryMonth(token.ExactKey(article.Folded), out _);
    }

    /// <summary>A dash with a space on at least one side ("2025 -", "(Reuters) —"), not the hyphen of "Malta-flagged".</summary>
    private static bool IsDatelineDash(ArticleText article, int left, int right)
    {
        var gap = article.Joined.AsSpan(article.Tokens[left].End, article.Tokens[right].Start - article.Tokens[left].End);
        return gap.IndexOfAny('-', '\u2013', '\u2014') >= 0 && gap.IndexOfAny(' ', '\u00a0') >= 0;
    }
}
