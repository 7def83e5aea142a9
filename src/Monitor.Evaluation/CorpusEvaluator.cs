using Monitor.Classify;
using Monitor.Evaluation.Corpus;
using Monitor.Evaluation.Metrics;
using Monitor.Events;

namespace Monitor.Evaluation;

/// <summary>
/// Runs a labelled corpus through classification and event grouping as the pipeline would (articles arriving in file
/// order, one event index for the run) and scores the result against the labels.
/// </summary>
/// <remarks>
/// An article the classifier rejects contributes no predicted labels, since the pipeline drops it.
/// Partners are compared as taxonomy ids closed under implied parents on both sides: a mention of an agency that
/// acts for its state counts as a mention of that state (the taxonomy's impliesParent: "DEA" implies "United States";
/// "EUDA" does not imply "European Union"). So gold ["United States", "DEA"] matches a prediction of "us" and "us-dea"
/// fully, and a prediction of only "us-dea" too. A gold name the taxonomy cannot resolve becomes an id of its own
/// ("?" + normalised name) that no prediction can hit.
/// </remarks>
public sealed class CorpusEvaluator
{
    private readonly Func<ClassifyRequest, Classification> _classify;
    private readonly Func<string, string?> _resolvePartner;
    private readonly Func<string, string> _displayName;
    private readonly Func<string, string?> _groupingParentOf;
    private readonly Func<string, string?> _scoringParentOf;
    private readonly IHtmlToText _htmlToText;
    private readonly EventGroupingOptions _groupingOptions;

    /// <param name="classify">The classifier (ArticleClassifier.Classify).</param>
    /// <param name="resolvePartner">Gold partner name to canonical id (Taxonomy.ResolvePartner).</param>
    /// <param name="displayName">Id to human name, for event summaries (Taxonomy.DisplayName).</param>
    /// <param name="htmlToText">Extraction for corpus lines that carry HTML; a tag stripper when null.</param>
    /// <param name="parentOf">Parent of a partner id, for grouping and scoring; the taxonomy's id convention when null.</param>
    public CorpusEvaluator(
        Func<ClassifyRequest, Classification> classify,
        Func<string, string?> resolvePartner,
        Func<string, string>? displayName = null,
        IHtmlToText? htmlToText = null,
        EventGroupingOptions? groupingOptions = null,
        Func<string, string?>? parentOf = null)
    {
        _classify = classify ?? throw new ArgumentNullException(nameof(classify));
        _resolvePartner = resolvePartner ?? throw new ArgumentNullException(nameof(resolvePartner));
        _displayName = displayName ?? (id => id);
        _groupingParentOf = parentOf ?? PartnerHierarchy.ParentByConvention;
        _scoringParentOf = _groupingParentOf;
        _htmlToText = htmlToText ?? TagStrippingHtmlToText.Instance;
        _groupingOptions = groupingOptions ?? new EventGroupingOptions();
    }

    /// <summary>The pipeline's classifier with its taxonomy: what the eval command uses.</summary>
    public CorpusEvaluator(ArticleClassifier classifier, Taxonomy taxonomy, IHtmlToText? htmlToText = null, EventGroupingOptions? groupingOptions = null)
        : this((classifier ?? throw new ArgumentNullException(nameof(classifier))).Classify, taxonomy, htmlToText, groupingOptions)
    {
    }

    /// <summary>
    /// Names, aliases and parents from <paramref name="taxonomy"/>. Grouping looks up candidates through every parent
    /// ("frontex" under "eu"); scoring closes partners only under implied parents.
    /// </summary>
    public CorpusEvaluator(
        Func<ClassifyRequest, Classification> classify,
        Taxonomy taxonomy,
        IHtmlToText? htmlToText = null,
        EventGroupingOptions? groupingOptions = null)
        : this(classify, NotNull(taxonomy).ResolvePartner, taxonomy.DisplayName, htmlToText, groupingOptions, taxonomy.ParentOf)
    {
        _scoringParentOf = id => taxonomy.Partner(id) is { ImpliesParent: true, Parent: { } parent } ? parent : null;
    }

    public async Task<EvaluationReport> EvaluateFileAsync(string corpusPath, CancellationToken cancellationToken = default)
    {
        var corpus = await CorpusReader.ReadFileAsync(corpusPath, cancellationToken).ConfigureAwait(false);
        return await EvaluateAsync(corpus, cancellationToken).ConfigureAwait(false);
    }

    public async Task<EvaluationReport> EvaluateAsync(IReadOnlyList<CorpusArticle> corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var clock = new CorpusClock(corpus.Select(a => a.Published).FirstOrDefault(p => p is not null) ?? TimeProvider.System.GetUtcNow());
        var index = new InMemoryEventIndex();
        var grouper = new EventGrouper(index, _groupingOptions, clock, _displayName, _groupingParentOf);

        var outcomes = new List<ArticleOutcome>(corpus.Count);
        foreach (var article in corpus)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.AdvanceTo(article.Published);
            var classification = _classify(RequestFor(article));
            var assignment = await grouper.AssignAsync(ReportFor(article, classification), cancellationToken).ConfigureAwait(false);
            outcomes.Add(new ArticleOutcome(article, classification, assignment, GoldPartners(article), PredictedPartners(classification)));
        }

        return Score(outcomes, index);
    }

    private ClassifyRequest RequestFor(CorpusArticle article) =>
        new(article.Title, article.Text ?? _htmlToText.ToText(article.Html ?? string.Empty, article.Url))
        {
            Published = article.Published,
            Url = article.Url,
            WatchedCountry = article.Watch is { } watch ? _resolvePartner(watch) ?? TextKey.Normalize(watch) : null,
        };

    private static EventReport ReportFor(CorpusArticle article, Classification classification) => new()
    {
        ArticleId = article.Id,
        Url = article.Url,
        Outlet = article.Url?.Host,
        Title = article.Title,
        Published = article.Published,
        Classification = classification,
    };

    private HashSet<string> GoldPartners(CorpusArticle article) =>
        ToSet(PartnerHierarchy.WithParents(
            article.Labels.Partners.Select(name => _resolvePartner(name) ?? "?" + TextKey.Normalize(name)),
            _scoringParentOf));

    private HashSet<string> PredictedPartners(Classification classification) =>
        classification.Relevant
            ? ToSet(PartnerHierarchy.WithParents(classification.Partners.Select(p => p.Id), _scoringParentOf))
            : [];

    private static EvaluationReport Score(List<ArticleOutcome> outcomes, InMemoryEventIndex index)
    {
        long relevantTp = 0, relevantFp = 0, relevantFn = 0;
        foreach (var outcome in outcomes)
        {
            var (gold, predicted) = (outcome.Article.Labels.Relevant, outcome.Classification.Relevant);
            relevantTp += gold && predicted ? 1 : 0;
            relevantFp += !gold && predicted ? 1 : 0;
            relevantFn += gold && !predicted ? 1 : 0;
        }

        var goldRelevant = outcomes.Where(o => o.Article.Labels.Relevant).ToList();
        var partnerCounts = outcomes.Aggregate(
            (Tp: 0L, Fp: 0L, Fn: 0L),
            (sum, o) => (sum.Tp + o.GoldPartners.Count(o.PredictedPartners.Contains),
                         sum.Fp + o.PredictedPartners.Count(p => !o.GoldPartners.Contains(p)),
                         sum.Fn + o.GoldPartners.Count(g => !o.PredictedPartners.Contains(g))));

        return new EvaluationReport
        {
            Documents = outcomes.Count,
            Relevance = PrecisionRecallF1.FromCounts(relevantTp, relevantFp, relevantFn),
            EventTypes = LabelScores.Compute(outcomes.Select(o => (o.GoldTypes, o.PredictedTypes)).ToList(), Vocabulary.EventTypes),
            Domains = LabelScores.Compute(outcomes.Select(o => (o.GoldDomains, o.PredictedDomains)).ToList(), Vocabulary.Domains),
            Partners = PrecisionRecallF1.FromCounts(partnerCounts.Tp, partnerCounts.Fp, partnerCounts.Fn),
            Clustering = PairwiseClustering.Score(outcomes.Select(o => (o.Article.Labels.EventKey, o.Assignment.Event?.Id))),
            OpinionAccuracy = goldRelevant.Count == 0
                ? 1.0
                : (double)goldRelevant.Count(o => o.Article.Labels.Opinion == o.PredictedOpinion) / goldRelevant.Count,
            Articles = outcomes.Select(o => o.Diagnostics()).ToList(),
            Events = index.Snapshot().OrderBy(e => e.FirstSeen).Select(e => $"{e.Summary} [{e.Sources.Count} sources]").ToList(),
        };
    }

    private static HashSet<string> ToSet(IEnumerable<string> values) => new(values, StringComparer.Ordinal);

    private static Taxonomy NotNull(Taxonomy taxonomy) => taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));

    /// <summary>One article's gold and predicted labels side by side.</summary>
    private sealed record ArticleOutcome(
        CorpusArticle Article,
        Classification Classification,
        EventAssignment Assignment,
        IReadOnlySet<string> GoldPartners,
        IReadOnlySet<string> PredictedPartners)
    {
        public IReadOnlySet<string> GoldTypes { get; } = ToSet(Article.Labels.EventTypes);

        public IReadOnlySet<string> PredictedTypes { get; } =
            Classification.Relevant ? ToSet(Classification.EventTypes.Select(t => t.Id)) : [];

        public IReadOnlySet<string> GoldDomains { get; } = ToSet(Article.Labels.Domains);

        public IReadOnlySet<string> PredictedDomains { get; } =
            Classification.Relevant ? ToSet(Classification.Domains.Select(t => t.Id)) : [];

        public bool PredictedOpinion => Classification.Mode == ReportMode.Opinion;

        public ArticleDiagnostics Diagnostics() => new()
        {
            Id = Article.Id,
            LineNumber = Article.LineNumber,
            Title = Article.Title,
            GoldRelevant = Article.Labels.Relevant,
            PredictedRelevant = Classification.Relevant,
            Score = Classification.Score,
            MissedEventTypes = Missing(GoldTypes, PredictedTypes),
            ExtraEventTypes = Missing(PredictedTypes, GoldTypes),
            MissedDomains = Missing(GoldDomains, PredictedDomains),
            ExtraDomains = Missing(PredictedDomains, GoldDomains),
            MissedPartners = Missing(GoldPartners, PredictedPartners),
            ExtraPartners = Missing(PredictedPartners, GoldPartners),
            GoldEventKey = Article.Labels.EventKey,
            PredictedEventId = Assignment.Event?.Id,
            Grouping = Assignment.Reason is null ? Assignment.Outcome.ToString() : $"{Assignment.Outcome}: {Assignment.Reason}",
            GoldOpinion = Article.Labels.Opinion,
            PredictedOpinion = PredictedOpinion,
        };

        private static List<string> Missing(IReadOnlySet<string> expected, IReadOnlySet<string> actual) =>
            expected.Where(x => !actual.Contains(x)).Order(StringComparer.Ordinal).ToList();
    }
}
