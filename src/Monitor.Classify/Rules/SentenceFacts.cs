namespace Monitor.Classify.Rules;

/// <summary>What one sentence says, as far as the rules care.</summary>
internal sealed class SentenceFacts
{
    public SentenceFacts(int eventTypes, int domains)
    {
        EventCues = new double[eventTypes];
        DomainHits = new double[domains];
    }

    public bool IsTitle { get; init; }

    /// <summary>Ordinal among body sentences (0 = lead); -1 for the title.</summary>
    public int BodyIndex { get; init; }

    public int TokenCount { get; set; }

    /// <summary>Names an earlier or background event ("last year", "follows a series of", "In 2023").</summary>
    public bool Background { get; set; }

    /// <summary>A line of page furniture ("Related: ..."): a teaser for another story. Also <see cref="Background"/>.</summary>
    public bool Furniture { get; set; }

    /// <summary>Denies an event ("No agreement was signed", "did not meet"): its cues count for little.</summary>
    public bool Negated { get; set; }

    /// <summary>First token of a phrase introducing the subject of talks ("discussed"); -1 when none.</summary>
    public int TopicFrom { get; set; } = -1;

    /// <summary>Names a city of the watched country ("in Benghazi", "في بنغازي").</summary>
    public bool NamesWatchedCity { get; set; }

    /// <summary>Token just after the last phrase citing a framework ("as part of the"); -1 when none.</summary>
    public int FrameworkEnd { get; set; } = -1;

    public double Future { get; set; }

    public double Prospective { get; set; }

    public double Opinion { get; set; }

    public bool OpinionTitle { get; set; }

    public double Cooperation { get; set; }

    /// <summary>The part of <see cref="Cooperation"/> that comes from generic nouns ("programme", "project").</summary>
    public double GenericCooperation { get; set; }

    public int SecurityCues { get; set; }

    /// <summary>Names of criminal organisations ("network", "cartel", "gang").</summary>
    public int NetworkNouns { get; set; }

    public int WatchedMentions { get; set; }

    public List<string> Partners { get; } = [];

    /// <summary>
    /// Umbrella bodies named only as the home of a member ("the UN office said" after UNODC): parties only when the
    /// article names none of their members.
    /// </summary>
    public List<string> UmbrellaPartners { get; } = [];

    public List<string> Actors { get; } = [];

    /// <summary>Token ranges naming a place the event may have happened in ("in Cairo").</summary>
    public List<(int First, int End)> Places { get; } = [];

    public double[] EventCues { get; }

    public double[] DomainHits { get; }

    /// <summary>
    /// Domains that a name in this sentence stands for ("the Libyan Border Guard", "the EU drugs agency"), one bit per
    /// domain index: a short item may say what its event is about through the bodies it names and nothing else.
    /// </summary>
    public int NamedDomains { get; private set; }

    public void AddNamedDomain(int domain)
    {
        if (domain is >= 0 and < 32)
        {
            NamedDomains |= 1 << domain;
        }
    }

    public bool NamesDomain(int domain) => domain is >= 0 and < 32 && (NamedDomains & (1 << domain)) != 0;

    /// <summary>
    /// Weight of bare smuggling words ("smugglers", "smuggling networks") that say nothing of what is smuggled: held
    /// back from migrant smuggling until people are named (see <see cref="DomainScorer"/>).
    /// </summary>
    public double BareSmuggling { get; set; }

    /// <summary>Nouns for people smugglers can carry ("140 people", "passengers", "women and children").</summary>
    public int CarriedPeople { get; set; }

    public bool HasWatched => WatchedMentions > 0;

    public bool HasPartner => Partners.Count > 0;

    public bool HasEventCue
    {
        get
        {
            foreach (var v in EventCues)
            {
                if (v > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool HasCue => Cooperation > 0 || HasEventCue;

    /// <summary>A cue strong enough to make the sentence about cooperation ("provided" alone is not).</summary>
    public bool HasStrongCue
    {
        get
        {
            if (Cooperation >= 0.5)
            {
                return true;
            }

            foreach (var v in EventCues)
            {
                if (v >= 0.6)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
