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

    /// <summary>What a domain that needs event evidence must score in the event's own sentences: one "border" there.</summary>
    private const double EventEvidenceScore = 0.6;
    private const string NarcoticsId = "narcotics";
    private const string OrganizedCrimeId = "organized_crime";

    /// <summary>
    /// Border security is named in the background of almost every Libyan security story ("the porous southern border"):
    /// it is reported only when the event's own sentences (headline, lead, cooperation sentences) concern border control.
    /// </summary>
    private static readonly HashSet<string> s_eventEvidenceDomains = new(StringComparer.Ordinal) { "border_security", "maritime_security" };

    /// <summary>Companions read into a migrant-smuggling story only on evidence of their own in the event's sentences.</summary>
    private static readonly HashSet<string> s_eventEvidenceCompanions = new(StringComparer.Ordinal) { "border_security", "maritime_security" };

    private static readonly (string, string)[] s_companions =
    [
        ("migrant_smuggling", "maritime_security"),
        ("migrant_smuggling", "border_security"),
        ("migrant_smuggling", "human_trafficking"),
    ];

    public static List<LabelScore> Score(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelIndex labels)
    {
        var scores = labels.Domains.Select(d => new LabelScore(d)).ToArray();
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
                scores[d].Add(s, f.DomainHits[d] * weight);
            }
        }

        var top = scores.Max(s => s.Score);
        var threshold = Math.Max(MinScore, ShareOfTop * top);
        // A main theme recurs (two sentences), heads the article, or is what a cooperation sentence is about ("a common
        // database on people-smuggling and terrorist networks"); one passing mention elsewhere is incidental.
        var reported = scores
            .Where(s => s.Score >= threshold && (s.Score >= top || s.Sentences.Count >= 2 || s.Sentences.Exists(p => IsThemeSentence(facts, cooperation, p))))
            .Where(s => !s_eventEvidenceDomains.Contains(s.Id) || EventScore(facts, cooperation, s) >= EventEvidenceScore)
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
    /// A drug case run by a network, cartel or gang is organised crime as well ("the shipment was organised by a
    /// trafficking network"): the organisation named in the event's own sentences, not in a background paragraph.
    /// </summary>
    private static void AddNetworkCrime(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelScore[] scores, List<LabelScore> reported)
    {
        if (!reported.Exists(r => r.Id == NarcoticsId) || reported.Exists(r => r.Id == OrganizedCrimeId))
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
            if (f.NetworkNouns > 0 && !f.Background && !f.Furniture && (nearCooperation || f.IsTitle))
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

    /// <summary>The part of a domain's score that stands in the event's own sentences: headline, first two body sentences, cooperation sentences.</summary>
    private static double EventScore(SentenceFacts[] facts, CooperationAnalysis cooperation, LabelScore score)
    {
        var sum = 0.0;
        foreach (var (sentence, weight) in score.Sentences)
        {
            var f = facts[sentence];
            if (!f.Background && !f.Negated && (f.IsTitle || f.BodyIndex <= LeadSentences || cooperation.IsCooperation[sentence]))
            {
                sum += weight;
            }
        }

        return sum;
    }

    private static bool IsThemeSentence(SentenceFacts[] facts, CooperationAnalysis cooperation, (int Sentence, double Weight) hit)
    {
        var f = facts[hit.Sentence];
        return f.IsTitle || f.BodyIndex == 0 || (cooperation.IsCooperation[hit.Sentence] && !f.Background && hit.Weight >= FullTerm);
    }
}
