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
    private const double FullTerm = 1.0;
    private const double FallbackScore = 0.5;
    private const double CompanionScore = 0.7;

    /// <summary>The lead and the sentence after it tell the event even without a cooperation cue ("Participants discussed...").</summary>
    private const int LeadSentences = 1;

    /// <summary>The lead and the two sentences after it: where a report has said what happened and what it was about.</summary>
    private const int EventBodySentences = 2;

    /// <summary>
    /// What one event sentence must weigh for relevance: a term that points at the subject ("smugglers", "migrants",
    /// "coast guard"), not a passing word such as "refugees" (0.3), however often it recurs.
    /// </summary>
    private const double ClearTerm = 0.4;

    /// <summary>What a domain that needs event evidence must score in the event's own sentences: one "border" there.</summary>
    private const double EventEvidenceScore = 0.6;
    /// <summary>How far into the body a sentence stating what talks were about still names the event's subjects.</summary>
    private const int TopicSentences = 3;

    private const string NarcoticsId = "narcotics";
    private const string OrganizedCrimeId = "organized_crime";

    /// <summary>
    /// Border security is named in the background of almost every Libyan security story ("the porous southern border"):
    /// it is reported only when the event's own sentences (headline, lead, cooperation sentences) concern border control.
    /// </summary>
    private static readonly HashSet<string> s_eventEvidenceDomains = new(StringComparer.Ordinal) { "border_security", "maritime_security" };

    /// <summary>Companions read into a migrant-smuggling story only on evidence of their own in the event's sentences.</summary>
    private static readonly HashSet<string> s_eventEvidenceCompanions = new(StringComparer.Ordinal) { "border_security", "maritime_security" };

    /// <summary>
    /// Trades that make a case organised crime once a network runs them: drugs, and the money of any smuggling
    /// network ("financial investigations into the proceeds of trafficking networks").
    /// </summary>
    private static readonly HashSet<string> s_networkCrimeDomains = new(StringComparer.Ordinal) { NarcoticsId, "money_laundering" };

    private static readonly (string, string)[] s_companions =
    [
        ("migrant_smuggling", "maritime_security"),
        ("migrant_smuggling", "border_security"),
        ("migrant_smuggling", "human_trafficking"),
    ];

    /// <param name="mode">An opinion piece argues across its whole length, so its later paragraphs are no mere context.</param>
    public static List<LabelScore> Score(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelIndex labels, ReportMode mode = ReportMode.Report)
    {
        var scores = labels.Domains.Select(d => new LabelScore(d)).ToArray();
        var bareSmuggling = BareSmugglingWeights(facts, labels);
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            var nearCooperation = cooperation.IsCooperation[s]
                || (s > 0 && cooperation.IsCooperation[s - 1])
                || (s + 1 < facts.Length && cooperation.IsCooperation[s + 1]);
            if (f.Furniture || !(f.HasWatched || f.HasPartner || nearCooperation || f.IsTitle))
            {
                continue;
            }

            var weight = f.IsTitle ? TitleWeight : f.Background ? BackgroundWeight : 1.0;
            for (var d = 0; d < scores.Length; d++)
            {
                scores[d].Add(s, (f.DomainHits[d] + bareSmuggling[s][d]) * weight);
            }
        }

        var top = scores.Max(s => s.Score);
        var longReport = facts.Count(f => !f.IsTitle && !f.Furniture) >= LongReportSentences;
        var threshold = Math.Max(MinScore, ShareOfTop * top);
        // A main theme recurs (two sentences), heads the article, or is what a cooperation sentence is about ("a common
        // database on people-smuggling and terrorist networks"); one passing mention elsewhere is incidental.
        var reported = scores
            .Where(s => s.Score >= threshold && (s.Score >= top || s.Sentences.Count >= 2 || s.Sentences.Exists(p => IsThemeSentence(facts, cooperation, p))))
            .Where(s => !s_eventEvidenceDomains.Contains(s.Id) || EventScore(facts, cooperation, s) >= EventEvidenceScore)
            .Where(s => s.Score >= top || mode == ReportMode.Opinion || !longReport || !OnlyInClosingContext(facts, s))
            .OrderByDescending(s => s.Score)
            .ToList();

        // Annotators and analysts read some subjects together: migrant boats at sea are also a maritime matter, smuggling
        // across a land border also a border matter. A companion of a reported domain needs less evidence of its own.
        // Organised crime is no companion of border security: a border ring smuggling migrants is migrant smuggling, and
        // organised crime needs its own evidence (arms, fuel, drugs, money).
        foreach (var (a, b) in s_companions)
        {
            AddCompanion(facts, cooperation, scores, reported, a, b);
            AddCompanion(facts, cooperation, scores, reported, b, a);
        }

        AddNetworkCrime(facts, cooperation, scores, reported);

        // Cooperation is always about something: a short item whose only hint is an institution ("Border Guard")
        // still has that subject.
        if (reported.Count == 0 && top >= FallbackScore)
        {
            reported.Add(scores.First(s => s.Score >= top));
        }

        return reported;
    }

    /// <summary>
    /// Where a bare smuggling word ("smugglers", "smuggling networks") counts: migrant smuggling needs people, so it
    /// counts there when its sentence names migrants, boats or crossings, or, when its sentence names no other smuggled
    /// thing, when it names people who can be carried ("passengers") or the article names migrants elsewhere. With drugs,
    /// fuel, arms or goods in the sentence and no people it adds to that trade; with nothing smuggled named anywhere it
    /// counts towards migrant smuggling with less weight.
    /// </summary>
    /// <summary>Weight of a bare smuggling word towards migrant smuggling when the article names nothing smuggled.</summary>
    private const double UnnamedSmuggledWeight = 0.7;

    private static double[][] BareSmugglingWeights(SentenceFacts[] facts, LabelIndex labels)
    {
        var result = new double[facts.Length][];
        var migrants = labels.DomainIndexOrNone(FactExtractor.MigrantSmugglingId);
        var goods = new[] { labels.DomainIndexOrNone(NarcoticsId), labels.DomainIndexOrNone(OrganizedCrimeId) }.Where(g => g >= 0).ToArray();
        var peopleInArticle = migrants >= 0 && Array.Exists(facts, f => !f.Furniture && f.DomainHits[migrants] > 0);
        var goodsInArticle = Array.Exists(facts, f => !f.Furniture && Array.Exists(goods, g => f.DomainHits[g] > 0));
        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            result[s] = new double[labels.Domains.Count];
            if (migrants < 0)
            {
                continue;
            }

            var peopleHere = f.DomainHits[migrants] > 0;
            var goodsHere = Array.Exists(goods, g => f.DomainHits[g] > 0);
            if (f.BareSmuggling <= 0)
            {
                continue;
            }

            if (peopleHere || (!goodsHere && (peopleInArticle || f.CarriedPeople > 0)))
            {
                result[s][migrants] = f.BareSmuggling;
            }
            else if (goodsHere)
            {
                // "smugglers of fuel and cigarettes": the smuggling is that trade's, and adds to it.
                var trade = goods.MaxBy(g => f.DomainHits[g]);
                result[s][trade] = f.BareSmuggling;
            }
            else if (!goodsInArticle)
            {
                // Nothing smuggled is named anywhere ("joint action against smugglers"): in the watched country's news
                // the smugglers most often carry people, so the word still counts there, with less weight.
                result[s][migrants] = f.BareSmuggling * UnnamedSmuggledWeight;
            }
        }

        return result;
    }

    /// <summary>
    /// A drug case run by a network, cartel or gang is organised crime as well ("the shipment was organised by a
    /// trafficking network"): the organisation named in the event's own sentences, not in a background paragraph.
    /// </summary>
    private static void AddNetworkCrime(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelScore[] scores, List<LabelScore> reported)
    {
        if (!reported.Exists(r => s_networkCrimeDomains.Contains(r.Id)) || reported.Exists(r => r.Id == OrganizedCrimeId))
        {
            return;
        }

        var crime = Array.Find(scores, s => s.Id == OrganizedCrimeId);
        if (crime is null)
        {
            return;
        }

        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            var nearCooperation = cooperation.IsCooperation[s] || (s > 0 && cooperation.IsCooperation[s - 1]);
            if (f.NetworkNouns > 0 && !f.Background && !f.Furniture && (nearCooperation || f.IsTitle || f.BodyIndex <= LeadSentences))
            {
                crime.Add(s, CompanionScore);
                reported.Add(crime);
                return;
            }
        }
    }

    private static void AddCompanion(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelScore[] scores, List<LabelScore> reported, string present, string companion)
    {
        if (!reported.Exists(r => r.Id == present) || reported.Exists(r => r.Id == companion))
        {
            return;
        }

        // A border or maritime companion needs its own evidence in the event's sentences: boats intercepted in the lead
        // make a maritime matter, "the central Mediterranean" or "the southern border" in a closing paragraph do not.
        var candidate = Array.Find(scores, s => s.Id == companion);
        var evidence = candidate is null ? 0 : s_eventEvidenceCompanions.Contains(companion) ? EventScore(facts, cooperation, candidate) : candidate.Score;
        if (candidate is not null && evidence >= CompanionScore && (!s_eventEvidenceDomains.Contains(companion) || EventScore(facts, cooperation, candidate) >= EventEvidenceScore))
        {
            reported.Add(candidate);
        }
    }

    /// <summary>
    /// Security must be what the cooperation is about, so for relevance a domain counts only when the event's own
    /// sentences carry it: the headline, the lead and the sentence after it with more than a passing word ("refugees"),
    /// a later cooperation sentence or the third body sentence with a full term, or the name of a body that stands for it
    /// ("handed vehicles to the Libyan Border Guard"). A vaccination drive, a gas deal or a trade fair whose later
    /// paragraphs mention migrant families or a border crossing is not security cooperation.
    /// </summary>
    public static bool AnyInEvent(SentenceFacts[] facts, CooperationAnalysis cooperation, List<LabelScore> domains, LabelIndex labels) =>
        domains.Exists(d =>
        {
            var index = labels.DomainIndex(d.Id);
            foreach (var (sentence, weight) in d.Sentences)
            {
                var f = facts[sentence];
                // One clear mention, not several passing ones: "refugees" in every sentence is still not smuggling.
                var term = f.IsTitle ? weight / TitleWeight : weight;
                if (IsEventSentence(facts, cooperation, sentence))
                {
                    // Past the lead, a word that only points at the subject ("hosting displaced people and migrants" in
                    // a vaccination campaign) no longer establishes it: a full term must.
                    var clear = f.IsTitle || f.BodyIndex <= EventBodySentences ? ClearTerm : FullTerm;
                    if (f.NamesDomain(index) || term >= clear)
                    {
                        return true;
                    }
                }
                else if (!f.Background && !f.Negated && f.BodyIndex <= EventBodySentences && term >= FullTerm)
                {
                    return true;
                }
            }

            return false;
        });

    /// <summary>The part of a domain's score that stands in the event's own sentences: headline, first two body sentences, cooperation sentences.</summary>
    private static double EventScore(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelScore score)
    {
        var sum = 0.0;
        foreach (var (sentence, weight) in score.Sentences)
        {
            if (IsEventSentence(facts, cooperation, sentence))
            {
                sum += weight;
            }
        }

        return sum;
    }

    /// <summary>The headline, the lead and the sentence after it, and cooperation sentences, unless background or denied.</summary>
    private static bool IsEventSentence(SentenceFacts[] facts, CooperationAnalysis cooperation, int sentence)
    {
        var f = facts[sentence];
        return !f.Background && !f.Negated && (f.IsTitle || f.BodyIndex <= LeadSentences || cooperation.IsCooperation[sentence]);
    }

    /// <summary>
    /// A long report ends on context: the route the boats take, what other donors do, what critics say. A lesser domain
    /// named only there ("armed groups linked to terrorism also operate in the area") is not what this event is about.
    /// Short items have no such tail, so only long reports (<see cref="LongReportSentences"/>) are asked.
    /// </summary>
    private static bool OnlyInClosingContext(SentenceFacts[] facts, LabelScore score) =>
        score.Sentences.TrueForAll(p => !facts[p.Sentence].IsTitle && facts[p.Sentence].BodyIndex >= ClosingContextFrom);

    /// <summary>How many body sentences make a long report, whose later paragraphs are context.</summary>
    private const int LongReportSentences = 12;

    /// <summary>Where a long report's context begins: after the lead paragraphs.</summary>
    private const int ClosingContextFrom = 6;

    private static bool IsThemeSentence(SentenceFacts[] facts, CooperationAnalysis cooperation, (int Sentence, double Weight) hit)
    {
        var f = facts[hit.Sentence];
        // The sentence that says what the talks were about names their subjects wherever it stands ("The two ministers
        // discussed smuggling of fuel and goods"), as long as it tells the article's own event, not an earlier one.
        // A report states it early; a topic list deep in a long summit report is the agenda's tail.
        var statesTopic = f.TopicFrom >= 0 && f.BodyIndex <= TopicSentences && !f.Background && !f.Negated && hit.Weight >= FullTerm;
        // The sentences right after the lead often say why the parties met ("the minister said the desert had become a
        // corridor for arms and drug traffickers"): a full term there, next to the event's cooperation sentences or said
        // by a party, is a subject of the event.
        var s = hit.Sentence;
        var nextToEvent = (s > 0 && cooperation.IsCooperation[s - 1]) || (s + 1 < facts.Length && cooperation.IsCooperation[s + 1]);
        var statesMotive = f.BodyIndex <= TopicSentences && (nextToEvent || f.HasPartner || f.HasWatched) && !f.Background && !f.Negated && hit.Weight >= FullTerm;
        return f.IsTitle || f.BodyIndex == 0 || statesTopic || statesMotive || (cooperation.IsCooperation[hit.Sentence] && !f.Background && hit.Weight >= FullTerm);
    }
}
