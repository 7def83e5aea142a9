using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitor.Classify.Rules;

/// <summary>
/// The event date: an explicit date in the sentences that report the event (headline first), else a relative one
/// ("today", "yesterday", "on Thursday": the most recent such day on or before publication), else a dateline near
/// the top, else the publication date with low confidence.
/// </summary>
internal static partial class DateFinder
{
    private const string Months =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec" +
        "|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre" +
        "|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre" +
        "|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر";

    private static readonly Dictionary<string, int> s_months = BuildMonths();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_monthLookup = s_months.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words whose presence lets a sentence be searched for dates at all: the regexes only run where they can match.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_monthWords = FoldedWords(Months.Split('|'));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_relativeWords = FoldedWords(
        ["today", "yesterday", "morning", "aujourd", "hui", "hier", "oggi", "ieri", "اليوم", "أمس", "امس",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
         "vendredi", "samedi", "dimanche", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
         "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]);

    private static readonly Dictionary<string, DayOfWeek> s_weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        ["lunedì"] = DayOfWeek.Monday, ["martedì"] = DayOfWeek.Tuesday, ["mercoledì"] = DayOfWeek.Wednesday, ["giovedì"] = DayOfWeek.Thursday,
        ["venerdì"] = DayOfWeek.Friday, ["sabato"] = DayOfWeek.Saturday, ["domenica"] = DayOfWeek.Sunday,
        ["الاثنين"] = DayOfWeek.Monday, ["الثلاثاء"] = DayOfWeek.Tuesday, ["الأربعاء"] = DayOfWeek.Wednesday, ["الخميس"] = DayOfWeek.Thursday,
        ["الجمعة"] = DayOfWeek.Friday, ["السبت"] = DayOfWeek.Saturday, ["الأحد"] = DayOfWeek.Sunday,
    };

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>\d{1,2})-(?<d>\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})(?:st|nd|rd|th|er|º)?\s+(?:of\s+)?(?<mon>" + Months + @")\.?,?(?:\s+(?<y>(?:19|20)\d\d))?(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\p{L}])(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>(?:19|20)\d\d))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\p{L}])(?<rel>today|yesterday|this morning|aujourd'hui|aujourd’hui|hier|oggi|ieri|اليوم|أمس|امس)(?![\p{L}])|(?<![\p{L}])(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDay();

    /// <summary>Does the sentence name a day ("on Monday", "yesterday", "12 March")? Event reports date their lead.</summary>
    public static bool NamesDay(string sentence) =>
        RelativeDay().IsMatch(sentence) || DayMonthYear().IsMatch(sentence) || MonthDayYear().IsMatch(sentence) || IsoDate().IsMatch(sentence);

    public static DateTag? Find(ArticleText article, SentenceFacts[] facts, IReadOnlyList<int> eventSentences, DateTimeOffset? published, ReportMode mode)
    {
        var publishedDate = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        // Only the event's sentences and the top lines (a dateline) can carry its date: search nowhere else.
        var candidates = new bool[article.Sentences.Count];
        foreach (var s in eventSentences)
        {
            candidates[s] = true;
        }

        for (var s = article.TitleSentences; s < Math.Min(candidates.Length, article.TitleSentences + 3); s++)
        {
            candidates[s] = true;
        }

        var explicitDates = ExplicitDates(article, candidates, publishedDate, mode);
        foreach (var s in eventSentences)
        {
            if (explicitDates.TryGetValue(s, out var date))
            {
                return new DateTag(date, 0.9, article.EvidenceFor(s, "date:explicit"));
            }
        }

        if (publishedDate is { } pub)
        {
            var relativeDates = RelativeDates(article, candidates, pub);
            foreach (var s in eventSentences)
            {
                if (relativeDates.TryGetValue(s, out var date))
                {
                    return new DateTag(date, 0.8, article.EvidenceFor(s, "date:relative-to-published"));
                }
            }
        }

        // A dateline: a short line near the top ("07 September 2021 - Cairo").
        for (var s = article.TitleSentences; s < Math.Min(facts.Length, article.TitleSentences + 3); s++)
        {
            if (article.SentenceText(s).Length <= 80 && explicitDates.TryGetValue(s, out var date))
            {
                return new DateTag(date, 0.7, article.EvidenceFor(s, "date:dateline"));
            }
        }

        if (publishedDate is { } fallback && article.Sentences.Count > 0)
        {
            return new DateTag(fallback, 0.3, article.EvidenceFor(eventSentences.Count > 0 ? eventSentences[0] : 0, "date:published"));
        }

        return null;
    }

    /// <summary>The first explicit date of each sentence; one pass of each pattern over the whole text.</summary>
    private static Dictionary<int, DateOnly> ExplicitDates(ArticleText article, bool[] candidates, DateOnly? published, ReportMode mode)
    {
        var dates = new Dictionary<int, DateOnly>();
        foreach (var (start, length) in SentencesWith(article, candidates, s_monthWords, isoDigits: true))
        foreach (var regex in (ReadOnlySpan<Regex>)[IsoDate(), DayMonthYear(), MonthDayYear()])
        {
            for (var m = regex.Match(article.Joined, start, length); m.Success; m = m.NextMatch())
            {
                if (ToDate(m, published) is not { } date || (mode != ReportMode.Announcement && published is { } p && date > p.AddDays(1)))
                {
                    continue;
                }

                var sentence = article.SentenceOf(m.Index);
                if (sentence >= 0)
                {
                    dates.TryAdd(sentence, date);
                }
            }
        }

        return dates;
    }

    private static Dictionary<int, DateOnly> RelativeDates(ArticleText article, bool[] candidates, DateOnly published)
    {
        var dates = new Dictionary<int, DateOnly>();
        foreach (var (start, length) in SentencesWith(article, candidates, s_relativeWords, isoDigits: false))
        for (var m = RelativeDay().Match(article.Joined, start, length); m.Success; m = m.NextMatch())
        {
            var sentence = article.SentenceOf(m.Index);
            if (sentence < 0 || dates.ContainsKey(sentence))
            {
                continue;
            }

            if (m.Groups["rel"].Success)
            {
                var word = m.Groups["rel"].Value.ToLowerInvariant();
                dates[sentence] = word is "yesterday" or "hier" or "ieri" or "أمس" or "امس" ? published.AddDays(-1) : published;
                continue;
            }

            var day = s_weekdays[m.Groups["wd"].Value];
            var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
            dates[sentence] = published.AddDays(-back);
        }

        return dates;
    }

    private static List<(int Start, int Length)> SentencesWith(ArticleText article, bool[] candidates, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, bool isoDigits)
    {
        var ranges = new List<(int, int)>();
        var last = -1;
        foreach (var token in article.Tokens)
        {
            if (token.Sentence == last || !candidates[token.Sentence])
            {
                continue;
            }

            var hit = words.Contains(token.ExactKey(article.Folded))
                || (isoDigits && (token.Flags & Text.TokenFlags.Digits) != 0 && token.Length == 4);
            if (hit)
            {
                last = token.Sentence;
                var span = article.Sentences[last];
                ranges.Add((span.Start, span.End - span.Start));
            }
        }

        return ranges;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoldedWords(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var key in Text.Tokenizer.KeysOf(word).Exact)
            {
                set.Add(key);
            }
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static DateOnly? ToDate(Match m, DateOnly? published)
    {
        int month;
        if (m.Groups["mon"].Success)
        {
            if (!s_months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out month))
            {
                return null;
            }
        }
        else if (!int.TryParse(m.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out month))
        {
            return null;
        }

        if (!int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else if (published is { } p)
        {
            year = month > p.Month + 1 ? p.Year - 1 : p.Year;
        }
        else
        {
            return null;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The month (1-12) a word names in any of the supported languages ("June", "juin", "giugno").</summary>
    internal static bool TryMonth(ReadOnlySpan<char> word, out int month) => s_monthLookup.TryGetValue(word, out month);

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "janvier", "gennaio", "يناير"],
            ["february", "feb", "février", "fevrier", "febbraio", "فبراير"],
            ["march", "mar", "mars", "marzo", "مارس"],
            ["april", "apr", "avril", "aprile", "أبريل", "ابريل"],
            ["may", "mai", "maggio", "مايو"],
            ["june", "jun", "juin", "giugno", "يونيو"],
            ["july", "jul", "juillet", "luglio", "يوليو"],
            ["august", "aug", "août", "aout", "agosto", "أغسطس", "اغسطس"],
            ["september", "sep", "sept", "septembre", "settembre", "سبتمبر"],
            ["october", "oct", "octobre", "ottobre", "أكتوبر", "اكتوبر"],
            ["november", "nov", "novembre", "نوفمبر"],
            ["december", "dec", "décembre", "decembre", "dicembre", "ديسمبر"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                map[name] = i + 1;
            }
        }

        return map;
    }
}
