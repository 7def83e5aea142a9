namespace Monitor.Classify.Rules;

/// <summary>
/// Event types from cues in sentences about the watched country or a partner, weighted towards the headline and lead.
/// Background sentences are skipped; speculative sentences ("likely", "paves the way") count little; in a sentence
/// about an agreement, other cues describe its content ("cooperation in training") and count little too.
/// </summary>
internal static class EventTypeScorer
{
    private const double MinScore = 1.0;
    private const double ShareOfTop = 0.25;
    private const double IntentShareOfTop = 0.6;
    private const double AgreementContentFactor = 0.3;

    public static List<LabelScore> Score(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelIndex labels, ReportMode mode)
    {
        var scores = labels.EventTypes.Select(e => new LabelScore(e.Id)).ToArray();
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            if (f.Background || !(f.HasWatched || f.HasPartner || cooperation.IsCooperation[s]))
            {
                continue;
            }

            var weight = PositionWeight(f) * TenseFactor(f);
            var aboutAgreement = labels.Agreement >= 0 && f.EventCues[labels.Agreement] > 0;
            for (var t = 0; t < scores.Length; t++)
            {
                var factor = aboutAgreement && t != labels.Agreement ? AgreementContentFactor : 1.0;
                scores[t].Add(s, f.EventCues[t] * weight * factor);
            }
        }

        if (mode == ReportMode.Opinion && labels.StatementIntent >= 0)
        {
            // Commentary on prospects is not a report of one event: it states (or weighs) an intent to cooperate.
            var intent = scores[labels.StatementIntent];
            if (intent.Score < MinScore)
            {
                foreach (var s in cooperation.CooperationSentences.Take(3))
                {
                    intent.Add(s, MinScore / 3);
                }
            }

            return [intent];
        }

        var top = scores.Max(s => s.Score);
        var threshold = Math.Max(MinScore, ShareOfTop * top);
        return scores
            .Where(s => s.Score >= threshold && (s.Id != "statement_intent" || s.Score >= IntentShareOfTop * top))
            .OrderByDescending(s => s.Score)
            .ToList();
    }

    public static double PositionWeight(SentenceFacts f) => f.IsTitle ? 3.0 : f.BodyIndex switch
    {
        0 => 2.0,
        1 => 1.5,
        _ => 1.0,
    };

    public static double TenseFactor(SentenceFacts f) => f.Prospective >= 1 ? 0.3 : f.Future >= 1 ? 0.8 : 1.0;
}
