namespace Monitor.Classify.Rules;

/// <summary>
/// Domains from the lexicons, counted only in the cooperation context (sentences naming the watched country or a
/// partner, cooperation sentences and their neighbours), never in page furniture. A domain is reported when it is a
/// main theme: a full term's weight, a quarter of the strongest domain's score, and recurring or in the headline.
/// </summary>
internal static class DomainScorer
{
    private const double TitleWeight = 2.0;
    private const double BackgroundWeight = 0.5;
    private const double MinScore = 0.8;
    private const double ShareOfTop = 0.15;

    public static List<LabelScore> Score(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelIndex labels)
    {
        var scores = labels.Domains.Select(d => new LabelScore(d)).ToArray();
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            var nearCooperation = cooperation.IsCooperation[s]
                || (s > 0 && cooperation.IsCooperation[s - 1])
                || (s + 1 < facts.Length && cooperation.IsCooperation[s + 1]);
            if (!(f.HasWatched || f.HasPartner || nearCooperation || f.IsTitle))
            {
                continue;
            }

            var weight = f.IsTitle ? TitleWeight : f.Background ? BackgroundWeight : 1.0;
            for (var d = 0; d < scores.Length; d++)
            {
                scores[d].Add(s, f.DomainHits[d] * weight);
            }
        }

        var top = scores.Max(s => s.Score);
        var threshold = Math.Max(MinScore, ShareOfTop * top);
        // A main theme recurs (two sentences) or heads the article; one passing mention is incidental.
        return scores
            .Where(s => s.Score >= threshold && (s.Score >= top || s.Sentences.Count >= 2 || s.Sentences.Exists(p => facts[p.Sentence].IsTitle || facts[p.Sentence].BodyIndex == 0)))
            .OrderByDescending(s => s.Score)
            .ToList();
    }
}
