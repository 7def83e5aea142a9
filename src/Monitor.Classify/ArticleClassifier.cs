using Monitor.Classify.Rules;
using Monitor.Classify.Text;

namespace Monitor.Classify;

/// <summary>
/// Decides whether an article reports security cooperation involving the watched country, and tags event types,
/// domains, partners, the country's institutions, people, date, place and mode, each with confidence and evidence.
/// Pure and thread-safe: everything is compiled in the constructor; <see cref="Classify"/> only reads it.
/// </summary>
public sealed class ArticleClassifier
{
    private readonly Taxonomy _taxonomy;
    private readonly ClassifierOptions _options;
    private readonly LabelIndex _labels;
    private readonly FactExtractor _facts;
    private readonly PeopleFinder _people;

    public ArticleClassifier(Taxonomy taxonomy, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
        _options = options ?? new ClassifierOptions();
        _labels = new LabelIndex(taxonomy);
        _facts = new FactExtractor(taxonomy, _labels);
        _people = new PeopleFinder(taxonomy);
    }

    public Taxonomy Taxonomy => _taxonomy;

    public Classification Classify(ClassifyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var watched = string.IsNullOrWhiteSpace(request.WatchedCountry) ? _taxonomy.DefaultWatchedCountry : request.WatchedCountry.Trim().ToLowerInvariant();
        if (!_taxonomy.IsWatchedCountry(watched))
        {
            watched = _taxonomy.ResolvePartner(watched) is { } resolved && _taxonomy.IsWatchedCountry(resolved) ? resolved : watched;
        }

        var article = ArticleText.Build(request.Title ?? string.Empty, request.Text ?? string.Empty, _options.MaxTextChars, _taxonomy.Trie);
        var facts = _facts.Extract(article, watched, request.Published);
        var mode = ModeDetector.Detect(article, facts, _taxonomy.GenreLabels);
        var cooperation = CooperationAnalysis.Analyze(facts, _taxonomy, _labels, mode);
        var domains = DomainScorer.Score(facts, cooperation, _labels, mode);
        var eventTypes = EventTypeScorer.Score(facts, cooperation, _labels, mode);

        var genericSecurity = cooperation.CooperationSentences.Sum(s => facts[s].SecurityCues);
        // An opinion piece reports no one event: its subject is the whole piece.
        var hasSecurity = (mode == ReportMode.Opinion ? domains.Count > 0 : DomainScorer.AnyInEvent(facts, cooperation, domains, _labels)) || genericSecurity >= 2;
        var score = RelevanceScore(cooperation, domains, genericSecurity, facts);
        var relevant = cooperation.WatchedPresent && cooperation.CooperationSentences.Count > 0 && hasSecurity && score >= _options.RelevanceThreshold;
        if (!relevant)
        {
            score = Math.Min(score, Math.Max(0, _options.RelevanceThreshold - 0.01));
        }

        var eventSentences = EventSentences(facts, cooperation, eventTypes);
        return new Classification
        {
            Relevant = relevant,
            Score = Math.Round(score, 3),
            WatchedCountry = watched,
            Mode = relevant ? mode : ReportMode.Report,
            EventTypes = relevant ? ToEventTags(article, eventTypes) : [],
            Domains = relevant ? ToTags(article, domains, "domain:lexicon") : [],
            Partners = relevant ? PartnerTags(article, cooperation, EventPartners.Select(facts, cooperation, eventTypes, _labels, mode, _taxonomy)) : [],
            WatchedActors = ActorTags(article, facts),
            People = _people.Find(article, facts, eventSentences, watched),
            EventDate = DateFinder.Find(article, facts, eventSentences, request.Published, mode),
            Place = PlaceFinder.Find(article, facts, eventSentences),
            Language = request.Language ?? LanguageDetector.Detect(article),
            TaxonomyVersion = _taxonomy.Version,
        };
    }

    /// <summary>0..1 from presence of the country, cooperation sentences, domain strength and a cooperative headline.</summary>
    private static double RelevanceScore(CooperationAnalysis cooperation, List<LabelScore> domains, int genericSecurity, SentenceFacts[] facts)
    {
        var presence = cooperation.WatchedInTitle ? 1.0 : cooperation.WatchedPresent ? 0.7 : 0.2;
        var cooperationStrength = Math.Min(1.0, cooperation.CooperationSentences.Count / 2.0);
        var domainStrength = domains.Count > 0 ? Math.Min(1.0, domains[0].Score / 2.0) : Math.Min(0.5, genericSecurity / 4.0);
        var headline = cooperation.CooperationSentences.Any(s => facts[s].IsTitle || facts[s].BodyIndex == 0) ? 1.0 : 0.0;
        return (0.25 * presence) + (0.35 * cooperationStrength) + (0.3 * domainStrength) + (0.1 * headline);
    }

    /// <summary>Sentences that report the event, best first: those carrying the reported event types, then cooperation sentences.</summary>
    private static List<int> EventSentences(SentenceFacts[] facts, CooperationAnalysis cooperation, List<LabelScore> eventTypes)
    {
        var ordered = eventTypes
            .SelectMany(t => t.Sentences)
            .Where(p => !facts[p.Sentence].Background)
            .OrderByDescending(p => p.Weight)
            .ThenBy(p => p.Sentence)
            .Select(p => p.Sentence)
            .Concat(cooperation.CooperationSentences)
            .Distinct()
            .ToList();
        return ordered;
    }

    private List<EventTypeTag> ToEventTags(ArticleText article, List<LabelScore> scores)
    {
        if (scores.Count == 0)
        {
            return [];
        }

        var top = scores[0].Score;
        return scores.Select(s =>
        {
            var info = _taxonomy.EventType(s.Id)!;
            return new EventTypeTag(s.Id, info.Cameo, info.Plover, Confidence(s.Score, top), Evidence(article, s, "event:cue"));
        }).ToList();
    }

    private static List<Tag> ToTags(ArticleText article, List<LabelScore> scores, string rule)
    {
        if (scores.Count == 0)
        {
            return [];
        }

        var top = scores[0].Score;
        return scores.Select(s => new Tag(s.Id, Confidence(s.Score, top), Evidence(article, s, rule))).ToList();
    }

    private List<Tag> PartnerTags(ArticleText article, CooperationAnalysis cooperation, List<string> partners)
    {
        var tags = new List<Tag>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in partners)
        {
            var sentences = cooperation.PartnerSentences[id];
            var confidence = Math.Min(0.95, 0.55 + (0.15 * sentences.Count) + (sentences.Any(article.IsTitle) ? 0.2 : 0));
            var evidence = sentences.Take(3).Select(s => article.EvidenceFor(s, "partner:cooperation-sentence")).ToList();
            if (seen.Add(id))
            {
                tags.Add(new Tag(id, confidence, evidence));
            }

            // A national agency acts for its state: "DEA" implies "United States".
            if (_taxonomy.Partner(id) is { ImpliesParent: true, Parent: { } parent } && seen.Add(parent))
            {
                tags.Add(new Tag(parent, confidence * 0.9, evidence.Select(e => e with { Rule = "partner:implied-parent" }).ToList()));
            }
        }

        return tags;
    }

    private static List<Tag> ActorTags(ArticleText article, SentenceFacts[] facts)
    {
        var bySentence = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var s = 0; s < facts.Length; s++)
        {
            foreach (var actor in facts[s].Actors)
            {
                if (!bySentence.TryGetValue(actor, out var list))
                {
                    list = [];
                    bySentence[actor] = list;
                    order.Add(actor);
                }

                list.Add(s);
            }
        }

        return order.Select(id => new Tag(
            id,
            Math.Min(0.95, 0.6 + (0.1 * bySentence[id].Count)),
            bySentence[id].Take(3).Select(s => article.EvidenceFor(s, "actor:alias")).ToList())).ToList();
    }

    private static List<Evidence> Evidence(ArticleText article, LabelScore score, string rule) =>
        score.BestSentences().Select(s => article.EvidenceFor(s, rule)).ToList();

    private static double Confidence(double score, double top) =>
        Math.Round(Math.Clamp(0.4 + (0.3 * Math.Min(1.0, score / 3.0)) + (0.25 * (top <= 0 ? 0 : score / top)), 0, 0.99), 3);
}
