namespace Monitor.Classify.Rules;

/// <summary>
/// Opinion when opinion cues run through the piece ("should", "prospects", "looks very promising", "in my view"),
/// Announcement when the headline event is in the future ("will sign", "is set to"), otherwise Report.
/// </summary>
internal static class ModeDetector
{
    public static ReportMode Detect(ArticleText article, SentenceFacts[] facts, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> genreLabels)
    {
        var body = 0;
        var opinionated = 0;
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
            }
        }

        var ratio = body == 0 ? 0 : (double)opinionated / body;
        if (opinionated >= 1 && HasGenreLabel(article, genreLabels))
        {
            return ReportMode.Opinion;
        }

        if ((opinionated >= 4 && ratio >= 0.2) || (titleOpinion && opinionated >= 2 && ratio >= 0.1))
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

    /// <summary>"Comment: ..." or "Analysis | ..." in the headline, or "ANALYSIS" alone on the first line of the text.</summary>
    private static bool HasGenreLabel(ArticleText article, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> genreLabels)
    {
        var folded = article.Folded.AsSpan();
        var title = folded[..article.Title.Length];
        var separator = title.IndexOfAny(':', '|');
        if (separator > 0 && genreLabels.Contains(title[..separator].Trim()))
        {
            return true;
        }

        if (article.TitleSentences >= article.Sentences.Count)
        {
            return false;
        }

        var first = article.Sentences[article.TitleSentences];
        return genreLabels.Contains(folded.Slice(first.Start, first.End - first.Start).Trim().TrimEnd(':'));
    }
}
