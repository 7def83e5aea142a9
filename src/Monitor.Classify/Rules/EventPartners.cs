namespace Monitor.Classify.Rules;

/// <summary>
/// Which of the partners named in cooperation sentences take part in the article's own event. A long report ends with
/// context ("The EU has been under pressure from member states, notably Italy and Malta", "Niamey has since turned to
/// Russia"): cooperation sentences, but not this event's parties. A partner is the event's when a sentence naming it
/// is in the headline or the opening paragraphs, or describes the event itself (carries a cue of a reported event type:
/// "the Japanese ambassador handed certificates to the trainees"). Opinion pieces keep every partner they discuss.
/// A roster of states ("Participating countries included Niger, Chad, Mali, Senegal...") names the attendees of a
/// multilateral event, not its partners: a state named only in such a list is left out when the event has others.
/// </summary>
internal static class EventPartners
{
    /// <summary>How far into the body a report is still telling who met, signed, trained or handed over.</summary>
    private const int OpeningSentences = 3;

    /// <summary>A cue at least this strong in a later sentence ties it to the event ("certificates@0.5" at a course).</summary>
    private const double EventCue = 0.5;

    /// <summary>An opinion piece discusses a partner it names in this many cooperation sentences.</summary>
    private const int DiscussedSentences = 2;

    /// <summary>A sentence naming this many states is a roster of participants.</summary>
    private const int RosterStates = 4;

    public static List<string> Select(SentenceFacts[] facts, CooperationAnalysis cooperation, List<LabelScore> eventTypes, LabelIndex labels, ReportMode mode, Taxonomy taxonomy)
    {
        // An opinion piece has no one event: the partners it argues about are its subject, the ones it names once in
        // passing ("calculations in Benghazi, Tripoli and Washington") are not.
        if (mode == ReportMode.Opinion)
        {
            var discussed = cooperation.PartnerOrder
                .Where(id => cooperation.PartnerSentences[id] is var sentences
                    && (sentences.Count >= DiscussedSentences || sentences.Exists(s => facts[s].IsTitle || facts[s].BodyIndex <= OpeningSentences)))
                .ToList();
            return discussed.Count > 0 ? discussed : [.. cooperation.PartnerOrder];
        }

        var reported = eventTypes.Select(t => labels.EventTypeIndex(t.Id)).ToArray();
        var selected = cooperation.PartnerOrder
            .Where(id => cooperation.PartnerSentences[id].Exists(s => TellsTheEvent(facts[s], reported)))
            .ToList();
        var rostered = selected
            .Where(id => IsState(taxonomy, id) && cooperation.PartnerSentences[id].TrueForAll(s => StatesIn(facts[s], taxonomy) >= RosterStates))
            .ToList();
        if (rostered.Count < selected.Count)
        {
            selected.RemoveAll(rostered.Contains);
        }

        // A report whose parties are only named further down keeps them rather than losing every partner.
        return selected.Count > 0 ? selected : [.. cooperation.PartnerOrder];
    }

    private static bool IsState(Taxonomy taxonomy, string id) => taxonomy.Partner(id)?.Kind == "state";

    private static int StatesIn(SentenceFacts f, Taxonomy taxonomy) => f.Partners.Count(id => IsState(taxonomy, id));

    private static bool TellsTheEvent(SentenceFacts f, int[] reportedTypes) =>
        f.IsTitle || f.BodyIndex <= OpeningSentences || Array.Exists(reportedTypes, k => f.EventCues[k] >= EventCue);
}
