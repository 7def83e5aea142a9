namespace Monitor.Classify.Rules;

/// <summary>
/// Event types from cues in sentences about the watched country or a partner, weighted towards the headline and lead.
/// Background sentences are skipped; speculative sentences ("likely", "paves the way") count little; in a sentence
/// about an agreement, other cues describe its content ("cooperation in training") and count little too.
/// </summary>
internal static class EventTypeScorer
{
    private const double MinScore = 1.0;
    private const double ShareOfTop = 0.35;
    private const double CompanionShareOfTop = 0.2;
    private const double IntentShareOfTop = 0.6;
    private const double AgreementContentFactor = 0.3;

    /// <summary>
    /// An agreement cue this strong makes the sentence about an agreement; a framework only cited ("under the 2019
    /// memorandum") does not.
    /// </summary>
    private const double AgreementCue = 0.3;

    /// <summary>An intent cue this strong ("ready to", "offered to") makes the other cues of its sentence the offer's content.</summary>
    private const double IntentCue = 0.5;

    public static List<LabelScore> Score(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelIndex labels, ReportMode mode)
    {
        var scores = labels.EventTypes.Select(e => new LabelScore(e.Id)).ToArray();
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            if (f.Background || !(f.HasWatched || f.HasPartner || (cooperation.IsCooperation[s] && !cooperation.IsContinuation[s])))
            {
                continue;
            }

            var position = PositionWeight(f);
            var weight = position * TenseFactor(f);
            var aboutAgreement = labels.Agreement >= 0 && f.EventCues[labels.Agreement] >= AgreementCue;
            // "Moscow is ready to provide training and equipment": an offer names what would be done, not what was.
            var aboutIntent = labels.StatementIntent >= 0 && f.EventCues[labels.StatementIntent] >= IntentCue && !aboutAgreement;
            for (var t = 0; t < scores.Length; t++)
            {
                // Talks and visits are where an agreement is reached, never its content: "met ... and agreed on measures".
                var content = t != labels.Meeting && t != labels.Visit;
                var factor = content && ((aboutAgreement && t != labels.Agreement) || (aboutIntent && t != labels.StatementIntent)) ? AgreementContentFactor : 1.0;
                // An intent is prospective by nature: "agreed to step up" is not weakened by its tense.
                scores[t].Add(s, f.EventCues[t] * (t == labels.StatementIntent ? position : weight) * factor);
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
        var topId = Array.Find(scores, s => s.Score >= top)?.Id;
        var reported = scores
            .Where(s => s.Score >= Math.Max(MinScore, ShareFor(s.Id, topId) * top))
            .OrderByDescending(s => s.Score)
            .ToList();
        DropSubsumed(reported);
        // A step announced for later ("will begin training next month") states an intent to cooperate, whatever it is.
        if (mode == ReportMode.Announcement && labels.StatementIntent >= 0 && reported.Count > 0 && !reported.Exists(s => s.Id == "statement_intent"))
        {
            var intent = scores[labels.StatementIntent];
            foreach (var (sentence, weight) in reported[0].Sentences)
            {
                intent.Add(sentence, weight);
            }

            reported.Add(intent);
        }

        return reported;
    }

    /// <summary>
    /// Most reports carry one event type; a second needs a good share of the first, except the usual companions: a visit
    /// with talks is reported as both, even when the talks get one sentence.
    /// </summary>
    private static double ShareFor(string id, string? topId) => id switch
    {
        _ when id == topId => 0,
        "statement_intent" => IntentShareOfTop,
        "meeting" when topId == "visit" => CompanionShareOfTop,
        "visit" when topId == "meeting" => CompanionShareOfTop,
        _ => ShareOfTop,
    };

    /// <summary>
    /// Delegates meet at a conference, and an operation uses boats and vehicles: the wider event is what is reported,
    /// not its parts ("the meeting opened", "a patrol boat boarded the ship").
    /// </summary>
    private static void DropSubsumed(List<LabelScore> reported)
    {
        if (reported.Exists(s => s.Id == "conference"))
        {
            reported.RemoveAll(s => s.Id == "meeting");
        }

        if (reported.Count > 0 && reported[0].Id == "joint_operation")
        {
            reported.RemoveAll(s => s.Id == "aid_equipment");
        }
    }

    /// <summary>
    /// The headline and lead tell the event; the further a sentence stands from them, the likelier it is context (what the
    /// parties did before, what else the partner funds), so a long report's later paragraphs weigh less.
    /// </summary>
    public static double PositionWeight(SentenceFacts f) => f.IsTitle ? 3.0 : f.BodyIndex switch
    {
        0 => 2.0,
        1 => 1.5,
        <= 4 => 1.0,
        <= 8 => 0.6,
        _ => 0.4,
    };

    public static double TenseFactor(SentenceFacts f) => f.Negated ? 0.2 : f.Prospective >= 1 ? 0.3 : f.Future >= 1 ? 0.8 : 1.0;
}
