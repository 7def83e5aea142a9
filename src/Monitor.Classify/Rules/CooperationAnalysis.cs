namespace Monitor.Classify.Rules;

/// <summary>
/// Does the article involve the watched country (not just in passing), and which sentences report cooperation with a
/// partner: the watched country (or its institution) and a partner in one sentence, or in adjacent sentences, together
/// with a cooperation or event cue. Background sentences ("last year", "follows a series of") never count.
/// </summary>
internal sealed class CooperationAnalysis
{
    /// <summary>How far into the body the lead's event is still being described.</summary>
    private const int ContinuationSentences = 5;

    /// <summary>Up to this many body sentences, one mention in the lead is enough presence.</summary>
    private const int ShortArticleSentences = 3;

    /// <summary>A cue this strong, generic nouns aside, names an act of the cooperation.</summary>
    private const double PartyCue = 0.5;

    /// <summary>How far into the body a delegation of the watched country may first appear at a gathering the lead reports.</summary>
    private const int ParticipationSentences = 10;

    private CooperationAnalysis(int sentences)
    {
        IsCooperation = new bool[sentences];
        IsContinuation = new bool[sentences];
    }

    public bool WatchedPresent { get; private set; }

    public bool WatchedInTitle { get; private set; }

    public bool[] IsCooperation { get; }

    /// <summary>Cooperation sentences found only by <see cref="AddContinuation"/>: they describe the event, not name it.</summary>
    public bool[] IsContinuation { get; }

    public List<int> CooperationSentences { get; } = [];

    /// <summary>Partner id -> sentences that name it as a party to the cooperation, in order of first mention.</summary>
    public Dictionary<string, List<int>> PartnerSentences { get; } = new(StringComparer.Ordinal);

    public List<string> PartnerOrder { get; } = [];

    public static CooperationAnalysis Analyze(SentenceFacts[] facts, Taxonomy taxonomy, LabelIndex labels, ReportMode mode)
    {
        var result = new CooperationAnalysis(facts.Length);
        result.DecidePresence(facts, taxonomy);
        // Commentary argues from the record ("Since 2017, the EU and Italy have spent..."): its history is its subject.
        var historyCounts = mode == ReportMode.Opinion;
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            // "Libya has not signed a readmission agreement with the EU" denies the cooperation it names.
            if ((f.Background && !historyCounts) || f.Negated)
            {
                continue;
            }

            var cue = f.HasStrongCue || (f.IsTitle && f.HasWatched && f.HasPartner);
            if (!cue)
            {
                continue;
            }

            var watchedNear = NeighbourHas(facts, s, static n => n.HasWatched);
            var partnerNear = NeighbourHas(facts, s, static n => n.HasPartner);
            if (f.HasWatched && f.HasPartner)
            {
                result.AddCooperation(s, f.Partners);
            }
            else if (f.HasPartner && watchedNear)
            {
                result.AddCooperation(s, f.Partners);
            }
            else if (f.HasWatched && partnerNear)
            {
                result.AddCooperation(s, []);
                // "The programme will equip the Libyan Border Guard" borrows the partner of the sentence before ("The EU
                // signed..."). A neighbour that names the country and partners without any cooperation is context
                // ("NATO has long warned ..., and the United States has called for elections in Libya"): nothing to borrow.
                foreach (var n in Neighbours(facts, s))
                {
                    if (facts[n].HasStrongCue || !facts[n].HasWatched)
                    {
                        result.AddPartners(s, facts[n].Partners);
                    }
                }
            }
        }

        result.AddGatheringParticipation(facts, labels);
        result.AddContinuation(facts);
        return result;
    }

    /// <summary>
    /// Once the headline or lead reports cooperation, the next paragraphs describe the same event without repeating
    /// the parties' names ("Delegates discussed a common database...", "Representatives of the African Union
    /// attended"): a sentence there with a strong cue is part of the report.
    /// </summary>
    private void AddContinuation(SentenceFacts[] facts)
    {
        if (!CooperationSentences.Exists(s => facts[s].IsTitle || facts[s].BodyIndex <= 1))
        {
            return;
        }

        var added = false;
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            if (f.IsTitle || f.BodyIndex > ContinuationSentences || f.Background || f.Negated || IsCooperation[s] || !f.HasStrongCue)
            {
                continue;
            }

            // Only a named act ("attended", "signed", "would support") makes a newly named partner a party; a generic
            // noun ("the cost of the programme") leaves it a bystander.
            AddCooperation(s, StrongestCue(f) >= PartyCue ? f.Partners : []);
            IsContinuation[s] = true;
            added = true;
        }

        if (added)
        {
            CooperationSentences.Sort();
        }
    }

    /// <summary>
    /// A conference or meeting abroad where the watched country is one delegation among many: the headline and lead name
    /// the gathering and its hosts ("Algiers hosts regional conference ... with UNODC"), and only a later paragraph names
    /// the country's own institution there ("The Libyan delegation is led by the Deputy Minister of Interior"). The
    /// institution taking part makes the gathering cooperation with its hosts, even under a headline about the host
    /// country. A country only listed, or only discussed, has no institution named and stays a bystander.
    /// </summary>
    private void AddGatheringParticipation(SentenceFacts[] facts, LabelIndex labels)
    {
        // A headline or lead that names the country reports its part itself.
        if (labels.Conference < 0 || labels.Meeting < 0 || Array.Exists(facts, f => (f.IsTitle || f.BodyIndex <= 1) && f.HasWatched))
        {
            return;
        }

        var gathering = Array.FindIndex(facts, f => (f.IsTitle || f.BodyIndex <= 1) && !f.Background && !f.Negated && f.HasPartner
            && (f.EventCues[labels.Conference] > 0 || f.EventCues[labels.Meeting] > 0));
        var participation = Array.FindIndex(facts, f => !f.IsTitle && f.BodyIndex <= ParticipationSentences && !f.Background && !f.Negated
            && f.HasWatched && f.Actors.Count > 0);
        if (gathering < 0 || participation < 0)
        {
            return;
        }

        WatchedPresent = true;
        AddCooperation(gathering, facts[gathering].Partners);
        AddCooperation(participation, []);
        // Other delegations named beside the country's ("while Tunisia is represented by ...") are fellow attendees.
        foreach (var partner in facts[participation].Partners)
        {
            if (PartnerSentences.TryGetValue(partner, out var sentences) && sentences.Remove(participation) && sentences.Count == 0)
            {
                PartnerSentences.Remove(partner);
                PartnerOrder.Remove(partner);
            }
        }

        CooperationSentences.Sort();
    }

    private static double StrongestCue(SentenceFacts f)
    {
        var best = f.Cooperation - f.GenericCooperation;
        foreach (var v in f.EventCues)
        {
            best = Math.Max(best, v);
        }

        return best;
    }

    private void AddCooperation(int sentence, List<string> partners)
    {
        if (!IsCooperation[sentence])
        {
            IsCooperation[sentence] = true;
            CooperationSentences.Add(sentence);
        }

        AddPartners(sentence, partners);
    }

    private void AddPartners(int sentence, List<string> partners)
    {
        foreach (var partner in partners)
        {
            if (!PartnerSentences.TryGetValue(partner, out var list))
            {
                list = [];
                PartnerSentences[partner] = list;
                PartnerOrder.Add(partner);
            }

            if (!list.Contains(sentence))
            {
                list.Add(sentence);
            }
        }
    }

    /// <summary>
    /// In the title, or in several sentences with an early mention; and not outnumbered by another country that the
    /// story is really about.
    /// </summary>
    private void DecidePresence(SentenceFacts[] facts, Taxonomy taxonomy)
    {
        var watchedSentences = 0;
        var firstBody = int.MaxValue;
        var stateCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleNamesOtherState = false;
        foreach (var f in facts)
        {
            if (f.IsTitle)
            {
                WatchedInTitle |= f.HasWatched;
            }
            else if (f.HasWatched)
            {
                watchedSentences++;
                firstBody = Math.Min(firstBody, f.BodyIndex);
            }

            foreach (var partner in f.Partners)
            {
                if (taxonomy.Partner(partner)?.Kind != "state")
                {
                    continue;
                }

                titleNamesOtherState |= f.IsTitle;
                stateCounts[partner] = stateCounts.GetValueOrDefault(partner) + (f.IsTitle ? 0 : 1);
            }
        }

        if (WatchedInTitle)
        {
            WatchedPresent = true;
            return;
        }

        // Wire items of two or three sentences name the country once, in the lead.
        var bodySentences = facts.Count(f => !f.IsTitle);
        var present = (watchedSentences >= 2 && firstBody <= 3) || watchedSentences >= 4 || (firstBody == 0 && bodySentences <= ShortArticleSentences);
        var strongestOther = stateCounts.Count == 0 ? 0 : stateCounts.Values.Max();
        // A headline about another state vetoes a few passing mentions, not a lead that names the watched country.
        if (titleNamesOtherState && watchedSentences < 3 && firstBody > 0)
        {
            present = false;
        }

        if (strongestOther > 2 * watchedSentences + 1)
        {
            present = false;
        }

        WatchedPresent = present;
    }

    private static bool NeighbourHas(SentenceFacts[] facts, int s, Func<SentenceFacts, bool> test)
    {
        foreach (var n in Neighbours(facts, s))
        {
            if (test(facts[n]))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int> Neighbours(SentenceFacts[] facts, int s)
    {
        if (s > 0 && !facts[s - 1].Background && !facts[s - 1].Negated)
        {
            yield return s - 1;
        }

        if (s + 1 < facts.Length && !facts[s + 1].Background && !facts[s + 1].Negated)
        {
            yield return s + 1;
        }
    }
}
