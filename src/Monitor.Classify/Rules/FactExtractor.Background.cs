using System.Globalization;
using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>Sentences dated well before the article ("In 2023", "since 2020", "In June 2025") tell background.</summary>
internal sealed partial class FactExtractor
{
    /// <summary>Body sentences from this one on are past the lead and its elaboration.</summary>
    private const int LaterParagraphIndex = 2;

    /// <summary>
    /// "In 2023, ...", "since 2020", "In June 2025 the two ministers met", "الموقع عام 2018" (signed in the year 2018): a
    /// year (or month) well before the article's marks the sentence as background.
    /// </summary>
    private static void MarkBackgroundYears(ArticleText article, SentenceFacts[] facts, DateTimeOffset? published)
    {
        var tokens = article.Tokens;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            var key = tokens[t].ExactKey(article.Folded);
            var since = key.SequenceEqual("since") || key.SequenceEqual("depuis") || key.SequenceEqual("dal") || key.SequenceEqual("منذ");
            var inYear = key.SequenceEqual("in") || key.SequenceEqual("en") || key.SequenceEqual("nel") || key.SequenceEqual("في") || key.SequenceEqual("عام");
            if (!since && !inYear)
            {
                continue;
            }

            // "in June 2025": a month between the preposition and the year dates the sentence more finely.
            var month = 0;
            var yearToken = t + 1;
            if (yearToken + 1 < tokens.Count && DateFinder.TryMonth(tokens[yearToken].ExactKey(article.Folded), out var m))
            {
                month = m;
                yearToken++;
            }

            int year;
            if (IsYearOf(article, yearToken, tokens[t].Sentence, out var named))
            {
                year = named;
            }
            else if (month > 0 && published is { } p0 && tokens[t + 1].Sentence == tokens[t].Sentence && IsFullMonthName(article, t + 1))
            {
                // "In February it ran a course": the last February before the article.
                year = month > p0.Month ? p0.Year - 1 : p0.Year;
            }
            else
            {
                continue;
            }

            var f = facts[tokens[t].Sentence];
            var sentenceInitial = t == article.SentenceTokenStart[tokens[t].Sentence];
            // The lead's own "the first since 2019" qualifies the event; "Since 2019, ..." opening it does not.
            var qualifiesLead = (f.IsTitle || f.BodyIndex == 0) && !sentenceInitial;
            if (!qualifiesLead && (since || (published is { } p ? IsWellBefore(year, month, p) || OpensLaterParagraphWithEarlierMonth(f, sentenceInitial, year, month, p) : sentenceInitial)))
            {
                f.Background = true;
            }
        }
    }

    /// <summary>
    /// "In September, the AFRICOM commander visited Tripoli" deep in a report published in November: a sentence that opens
    /// on an earlier month, past the lead, recounts something before the event, however recent.
    /// </summary>
    private static bool OpensLaterParagraphWithEarlierMonth(SentenceFacts f, bool sentenceInitial, int year, int month, DateTimeOffset published) =>
        sentenceInitial && month > 0 && f.BodyIndex >= LaterParagraphIndex && MonthsBefore(year, month, published) > 0;

    /// <summary>"June", "juin", "mai": not an abbreviation such as "Mar", which is also Italian for "sea".</summary>
    private static bool IsFullMonthName(ArticleText article, int token)
    {
        var key = article.Tokens[token].ExactKey(article.Folded);
        return key.Length > 3 || key.SequenceEqual("may") || key.SequenceEqual("mai");
    }

    /// <summary>A year before the article's; or, with a month, more than two months before it.</summary>
    private static bool IsWellBefore(int year, int month, DateTimeOffset published) =>
        month == 0 ? year < published.Year : MonthsBefore(year, month, published) > 2;

    private static int MonthsBefore(int year, int month, DateTimeOffset published) => ((published.Year * 12) + published.Month) - ((year * 12) + month);

    private static bool IsYearOf(ArticleText article, int token, int sentence, out int year)
    {
        year = 0;
        var candidate = article.Tokens[token];
        return (candidate.Flags & TokenFlags.Digits) != 0 && candidate.Length == 4 && candidate.Sentence == sentence
            && int.TryParse(article.Joined.AsSpan(candidate.Start, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1950 and <= 2100;
    }
}
