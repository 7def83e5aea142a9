namespace Monitor.Classify.Rules;

/// <summary>
/// Opinion when opinion cues run through the piece ("should", "prospects", "looks very promising", "in my view"),
/// Announcement when the headline event is in the future ("will sign", "is set to"), otherwise Report.
/// </summary>
internal static class ModeDetector
{
    /// <summary>Half a cue ("needs", "we", "cannot") is enough for a sentence to lean towards argument.</summary>
    private const double LeaningOpinion = 0.5;

    private static readonly char[] s_quotes = ['"', '“', '”', '«', '»'];

    /// <summary>What follows a genre label in a headline: "Opinion: ...", "Analysis | ...", "Tribune - ..." ("Op-ed:" keeps its hyphen).</summary>
    private static readonly string[] s_labelSeparators = [":", "|", " - ", " – ", " — "];

    public static ReportMode Detect(ArticleText article, SentenceFacts[] facts, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> genreLabels)
    {
        var body = 0;
        var opinionated = 0;
        var authorOpinionated = 0;
        var titleOpinion = false;
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            if (f.IsTitle)
            {
                titleOpinion |= f.OpinionTitle || f.Opinion >= 1 || article.SentenceText(s).TrimEnd().EndsWith('?');
                continue;
            }

            if (f.TokenCount < 4)
            {
                continue;
            }

            body++;
            if (f.Opinion >= 1)
            {
                opinionated++;
                // An official's view quoted in a report is not the author's argument.
                authorOpinionated += IsAttributed(article.SentenceText(s)) ? 0 : 1;
            }
        }

        var ratio = body == 0 ? 0 : (double)opinionated / body;
        // The outlet's own label ("Opinion:", "Analysis |", "Tribune -") is the strongest sign there is.
        if (HasGenreLabel(article, genreLabels))
        {
            return ReportMode.Opinion;
        }

        var authorRatio = body == 0 ? 0 : (double)authorOpinionated / body;
        if ((authorOpinionated >= 4 && authorRatio >= 0.2) || (titleOpinion && authorOpinionated >= 2 && authorRatio >= 0.1))
        {
            return ReportMode.Opinion;
        }

        if (IsUnlabelledAnalysis(article, facts, titleOpinion))
        {
            return ReportMode.Opinion;
        }

        foreach (var f in facts)
        {
            if (!f.IsTitle && f.BodyIndex > 1)
            {
                break;
            }

            if (f.HasEventCue && (f.HasWatched || f.HasPartner))
            {
                return f.Future >= 1 && f.Prospective < 1 ? ReportMode.Announcement : ReportMode.Report;
            }
        }

        return ReportMode.Report;
    }

    /// <summary>
    /// Analysis pieces often carry no label: an argument in the headline ("Why ...", "... should ...") or evaluative and
    /// first-person language running through the author's own sentences, and no dated event in the lead. Quotes and
    /// attributed sentences are the officials' opinions inside a report, so they do not count.
    /// </summary>
    private static bool IsUnlabelledAnalysis(ArticleText article, SentenceFacts[] facts, bool titleOpinion)
    {
        var body = 0;
        var leaning = 0;
        var datedLead = false;
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            if (f.IsTitle || f.TokenCount < 4)
            {
                continue;
            }

            // News leads date the event or attribute it ("said", "urged ... this week"); essays open with a claim.
            if (f.BodyIndex <= 1 && (IsAttributed(article.SentenceText(s)) || IsReportingLead(article.SentenceText(s)) || DateFinder.NamesDay(article.SentenceText(s).ToString())))
            {
                datedLead = true;
            }

            body++;
            if (f.Opinion >= LeaningOpinion && !IsAttributed(article.SentenceText(s)))
            {
                leaning++;
            }
        }

        // A lead that reports the parties doing something is a report, unless the headline argues.
        if (datedLead || body == 0 || (LeadReportsEvent(facts) && !titleOpinion))
        {
            return false;
        }

        var ratio = (double)leaning / body;
        return (titleOpinion && leaning >= 2 && ratio >= 0.25) || (leaning >= 4 && ratio >= 0.4);
    }

    private static bool LeadReportsEvent(SentenceFacts[] facts)
    {
        foreach (var f in facts)
        {
            if (!f.IsTitle && f.BodyIndex > 1)
            {
                break;
            }

            if (!f.IsTitle && !f.Background && f.HasStrongCue && (f.HasWatched || f.HasPartner))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReportingLead(ReadOnlySpan<char> sentence) =>
        sentence.Contains(" urged", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" announced", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" called on", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" this week", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" last week", StringComparison.OrdinalIgnoreCase);

    private static bool IsAttributed(ReadOnlySpan<char> sentence) =>
        sentence.IndexOfAny(s_quotes) >= 0
        || sentence.Contains(" said", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" says", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" added", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" told", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("according to", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Comment: ..." or "Analysis | ..." in the headline, or "ANALYSIS" alone on the first line of the text.</summary>
    private static bool HasGenreLabel(ArticleText article, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> genreLabels)
    {
        var folded = article.Folded.AsSpan();
        var title = folded[..article.Title.Length];
        foreach (var mark in s_labelSeparators)
        {
            var separator = title.IndexOf(mark, StringComparison.Ordinal);
            if (separator > 0 && genreLabels.Contains(title[..separator].Trim()))
            {
                return true;
            }
        }

        if (article.TitleSentences >= article.Sentences.Count)
        {
            return false;
        }

        var first = article.Sentences[article.TitleSentences];
        return genreLabels.Contains(folded.Slice(first.Start, first.End - first.Start).Trim().TrimEnd(':'));
    }
}
