using Monitor.Classify;
using Monitor.Events;
using Monitor.Pipeline;
using Monitor.Store.Articles;

namespace Monitor.Cli.Analysis;

/// <summary>What a reclassification run changed.</summary>
public sealed record ReclassifyResult
{
    /// <summary>Articles looked at.</summary>
    public int Scanned { get; init; }

    public int Reclassified { get; init; }

    public int BecameRelevant { get; init; }

    public int NoLongerRelevant { get; init; }

    public int EventsCreated { get; init; }

    public int EventsMerged { get; init; }
}

/// <summary>
/// Runs classification and event grouping again over stored articles, after the taxonomy or the rules changed. By
/// default only articles classified with another taxonomy version (or never classified) are redone.
/// </summary>
/// <remarks>
/// Articles are visited oldest day first, the order they arrived in, so grouping merges later reports into earlier
/// events as it did live. Syndicated copies are skipped: their first copy carries the text and the event link.
/// </remarks>
public sealed class Reclassifier(ArticleStore articles, ArticleClassifier classifier, EventGrouper grouper)
{
    /// <param name="progress">Called with (done, total) after each article that needed work.</param>
    public async Task<ReclassifyResult> RunAsync(bool all, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var version = classifier.Taxonomy.Version;
        bool Stale(StoredArticle a) => a.DuplicateOf is null && (all || a.Classification?.TaxonomyVersion != version);

        // A cheap first pass (no text) gives the progress bar its total.
        var scanned = 0;
        var stale = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var article in articles.ListAllAsync(includeText: false, cancellationToken))
        {
            scanned++;
            if (Stale(article))
            {
                stale.Add(article.Id);
            }
        }

        progress?.Invoke(0, stale.Count);
        var result = new ReclassifyResult { Scanned = scanned };
        var done = 0;
        await foreach (var article in articles.ListAllAsync(includeText: true, cancellationToken))
        {
            if (!stale.Contains(article.Id) || !Stale(article))
            {
                continue;
            }

            result = Count(result, article.Classification, await ReclassifyAsync(article, cancellationToken));
            progress?.Invoke(++done, stale.Count);
        }

        return result;
    }

    private async Task<(Classification Classification, EventAssignment? Assignment)> ReclassifyAsync(StoredArticle article, CancellationToken cancellationToken)
    {
        var classification = classifier.Classify(new ClassifyRequest(article.Title, article.Text ?? string.Empty)
        {
            Published = article.Published,
            Url = article.Url,
            Language = article.Language,
            WatchedCountry = article.Classification?.WatchedCountry,
        });

        EventAssignment? assignment = null;
        if (classification.Relevant)
        {
            assignment = await grouper.AssignAsync(EventReports.For(article, classification), cancellationToken);
        }

        await articles.UpdateClassificationAsync(article.Id, classification, assignment?.Event?.Id, cancellationToken);
        return (classification, assignment);
    }

    private static ReclassifyResult Count(ReclassifyResult result, Classification? before, (Classification After, EventAssignment? Assignment) outcome)
    {
        var wasRelevant = before?.Relevant == true;
        var isRelevant = outcome.After.Relevant;
        return result with
        {
            Reclassified = result.Reclassified + 1,
            BecameRelevant = result.BecameRelevant + (isRelevant && !wasRelevant ? 1 : 0),
            NoLongerRelevant = result.NoLongerRelevant + (wasRelevant && !isRelevant ? 1 : 0),
            EventsCreated = result.EventsCreated + (outcome.Assignment?.Outcome == EventAssignmentOutcome.Created ? 1 : 0),
            EventsMerged = result.EventsMerged + (outcome.Assignment?.Outcome == EventAssignmentOutcome.Merged ? 1 : 0),
        };
    }
}
