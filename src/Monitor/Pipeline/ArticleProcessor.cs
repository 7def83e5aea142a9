using Monitor.Classify;
using Monitor.Events;
using Monitor.Extract;
using Monitor.Fetch;
using Monitor.Store.Articles;

namespace Monitor.Pipeline;

public enum ArticleProcessingOutcome
{
    /// <summary>Stored for the first time.</summary>
    Stored,
    /// <summary>Stored as a syndicated copy of an article already stored under another URL.</summary>
    Duplicate,
    /// <summary>Already stored and classified: a repeated message changes nothing.</summary>
    AlreadyProcessed,
}

/// <summary>What processing one article did, for logs, the demo's summary and the benchmark.</summary>
public sealed record ArticleProcessingResult(
    string ArticleId,
    ArticleProcessingOutcome Outcome,
    bool Relevant,
    EventAssignmentOutcome? EventOutcome,
    string? EventId,
    ExtractionSource Source,
    string? Error)
{
    public StageTimings Timings { get; init; } = new();
}

/// <summary>Time spent in each stage of one article, for the benchmark.</summary>
public sealed record StageTimings
{
    public TimeSpan Fetch { get; init; }

    public TimeSpan Extract { get; init; }

    public TimeSpan Classify { get; init; }

    public TimeSpan Store { get; init; }

    public TimeSpan Group { get; init; }
}

/// <summary>
/// The article half of the pipeline: fetch the page, extract its text, classify it, merge it into an event and
/// store it. A page that cannot be fetched or read falls back to the feed's own content and the
/// error is stored with the article; only storage failures throw, so the queue retries the message.
/// </summary>
public sealed class ArticleProcessor(
    IPageFetcher fetcher,
    ArticleExtractor extractor,
    ArticleClassifier classifier,
    ArticleStore articles,
    EventGrouper grouper,
    TimeProvider timeProvider)
{
    public Task<ArticleProcessingResult> ProcessAsync(ArticleToProcess message, CancellationToken cancellationToken = default) =>
        ProcessAsync(message, isFirstDelivery: false, cancellationToken);

    /// <param name="isFirstDelivery">
    /// The message arrives for the first time, from a poll that has just found its URL not stored: the look-up for an
    /// earlier processing is skipped, one storage request less per article. Should the article have been stored in
    /// between (another feed listed it too), it is processed again, which the idempotent save and grouping absorb.
    /// A repeated delivery always looks first, so a retry does not fetch and extract again.
    /// </param>
    public async Task<ArticleProcessingResult> ProcessAsync(ArticleToProcess message, bool isFirstDelivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var existing = isFirstDelivery ? null : await articles.FindByUrlAsync(message.Url, cancellationToken: cancellationToken);
        if (existing?.Classification is { } known && (!known.Relevant || existing.EventId is not null || known.Mode == ReportMode.Opinion))
        {
            return new ArticleProcessingResult(existing.Id, ArticleProcessingOutcome.AlreadyProcessed, known.Relevant, null, existing.EventId, existing.ExtractionSource, existing.ExtractionError);
        }

        var clock = new LapClock(timeProvider);
        var (html, finalUrl, fetchError) = await FetchPageAsync(message, cancellationToken);
        var fetchTime = clock.Lap();

        var extracted = await extractor.ExtractAsync(
            new ExtractRequest(finalUrl, html ?? string.Empty)
            {
                FallbackTitle = message.Title,
                FallbackHtml = message.FallbackHtml,
                FallbackPublished = message.Published,
            },
            cancellationToken);
        var extractTime = clock.Lap();

        var published = extracted.Published ?? message.Published;
        var classification = classifier.Classify(new ClassifyRequest(extracted.Title, extracted.Text)
        {
            Published = published,
            Url = message.Url,
            Language = extracted.Language,
        });
        var classifyTime = clock.Lap();

        var error = JoinErrors(fetchError, extracted.Error);
        var article = ArticleStore.WithIdentity(new StoredArticle
        {
            Url = message.Url,
            CanonicalUrl = extracted.CanonicalUrl,
            FeedId = message.FeedId,
            Title = extracted.Title,
            Published = published,
            FetchedAt = timeProvider.GetUtcNow(),
            Language = extracted.Language ?? classification.Language,
            Byline = extracted.Byline,
            Excerpt = extracted.Excerpt,
            ExtractionSource = extracted.Source,
            ExtractionError = error,
            Classification = classification,
            Text = extracted.Text,
            Html = extracted.Html,
        });

        // Grouped before the article is stored so that its row is written once, event link included. A save that
        // fails after grouping is retried with the message; grouping then finds the article already among the sources.
        var assignment = classification.Relevant ? await grouper.AssignAsync(EventReports.For(article, classification), cancellationToken) : null;
        var groupTime = clock.Lap();

        var saved = await articles.SaveAsync(article with { EventId = assignment?.Event?.Id }, html, cancellationToken);
        var storeTime = clock.Lap();

        return new ArticleProcessingResult(
            saved.Article.Id,
            saved.Outcome == ArticleSaveOutcome.Duplicate ? ArticleProcessingOutcome.Duplicate : ArticleProcessingOutcome.Stored,
            classification.Relevant,
            assignment?.Outcome,
            assignment?.Event?.Id,
            extracted.Source,
            error)
        {
            Timings = new StageTimings { Fetch = fetchTime, Extract = extractTime, Classify = classifyTime, Store = storeTime, Group = groupTime },
        };
    }

    private async Task<(string? Html, Uri FinalUrl, string? Error)> FetchPageAsync(ArticleToProcess message, CancellationToken cancellationToken)
    {
        if (!message.HasPage)
        {
            return (null, message.Url, null);
        }

        var response = await fetcher.FetchAsync(new FetchRequest(message.Url) { Purpose = FetchPurpose.Page }, cancellationToken);
        return response.Outcome == FetchOutcome.Ok
            ? (response.DecodeText(isXml: false), response.FinalUrl, null)
            : (null, message.Url, $"fetch {response.Error?.Kind.ToString() ?? response.Outcome.ToString()}: {response.Error?.Message ?? "HTTP " + response.StatusCode}");
    }

    private static string? JoinErrors(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;

    /// <summary>Elapsed time between successive calls, from the injected clock.</summary>
    private sealed class LapClock(TimeProvider timeProvider)
    {
        private long _last = timeProvider.GetTimestamp();

        public TimeSpan Lap()
        {
            var now = timeProvider.GetTimestamp();
            var elapsed = timeProvider.GetElapsedTime(_last, now);
            _last = now;
            return elapsed;
        }
    }
}
