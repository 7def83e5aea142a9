using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Extract.Html;

namespace Monitor.Extract;

/// <summary>
/// The Extract stage: turns a fetched page into a clean article (sanitised HTML, plain text, metadata), falling back
/// to the feed item's own content when the page cannot be read. Never throws except on caller cancellation.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed class ArticleExtractor
{
    private const string Untitled = "(untitled)";

    private readonly ExtractionOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ArticleSanitizer _sanitizer = new();
    private readonly ReadabilityParser _parser;

    public ArticleExtractor(ExtractionOptions options, ILogger<ArticleExtractor>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ExtractionOptionsValidator.EnsureValid(options);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _parser = new ReadabilityParser(options, _sanitizer);
    }

    public ExtractionOptions Options => _options;

    public async Task<ExtractedArticle> ExtractAsync(ExtractRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        var html = request.Html ?? string.Empty;
        var failure = HtmlPreflight.Check(html, _options);
        ParsedPage? page = null;
        if (failure is null)
        {
            page = await ParseWithWatchdogAsync(request.Url, html, cancellationToken).ConfigureAwait(false);
            failure = page.Failure;
        }

        if (failure is null && page is not null)
            return FromPage(request, page);

        _logger.LogInformation(
            "Page {Url} not used ({ErrorKind}): {Error}", request.Url, failure!.Kind, failure.Message);
        return FromFallback(request, failure, page?.Metadata ?? PageMetadata.Empty);
    }

    /// <summary>
    /// Runs the parse on its own thread and stops waiting after <see cref="ExtractionOptions.ParseTimeout"/>, because
    /// SmartReader has no cancellation points. Caveat: the abandoned parse keeps its thread and CPU until it finishes
    /// on its own; its result is discarded. The preflight limits exist so that this is rare and bounded.
    /// </summary>
    private async Task<ParsedPage> ParseWithWatchdogAsync(Uri url, string html, CancellationToken cancellationToken)
    {
        var work = Task.Factory.StartNew(
            () => _parser.Parse(url, html),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            return await work.WaitAsync(_options.ParseTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            ObserveAbandoned(work);
            _logger.LogWarning("Parsing {Url} exceeded {Timeout}; result abandoned", url, _options.ParseTimeout);
            return new ParsedPage
            {
                Metadata = PageMetadata.Empty,
                Failure = new ExtractionFailure(
                    ExtractionErrorKind.Timeout, $"Parsing took longer than {_options.ParseTimeout.TotalSeconds:0.###} s."),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ObserveAbandoned(work);
            throw;
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Parsing {Url} failed", url);
            return new ParsedPage
            {
                Metadata = PageMetadata.Empty,
                Failure = new ExtractionFailure(ExtractionErrorKind.ParseFailed, $"The page could not be parsed: {ex.Message}"),
            };
        }
    }

    private static void ObserveAbandoned(Task work) =>
        work.ContinueWith(
            static t => _ = t.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private ExtractedArticle FromPage(ExtractRequest request, ParsedPage page)
    {
        var metadata = page.Metadata;
        return new ExtractedArticle
        {
            // The page's own <title> (site name removed) before SmartReader's choice, which favours the shorter
            // social-media og:title; then og:title, then the feed's title.
            Title = CleanDocumentTitle(metadata) ?? page.Title ?? metadata.OpenGraphTitle ?? Clean(request.FallbackTitle) ?? Untitled,
            Byline = page.Byline ?? metadata.Author,

            // The page's own declaration keeps its offset; SmartReader's date may be a guess from the URL.
            Published = metadata.Published ?? page.Published ?? request.FallbackPublished,
            Language = metadata.Language ?? page.Language,
            CanonicalUrl = metadata.CanonicalUrl,
            LeadImage = metadata.LeadImage,
            Html = page.Html,
            Text = page.Text,
            Excerpt = page.Excerpt ?? metadata.Description ?? ExcerptOf(page.Text),
            Source = ExtractionSource.Page,
        };
    }

    private ExtractedArticle FromFallback(ExtractRequest request, ExtractionFailure failure, PageMetadata metadata)
    {
        var html = string.Empty;
        var text = string.Empty;
        var fallback = request.FallbackHtml;
        if (!string.IsNullOrWhiteSpace(fallback) && HtmlPreflight.Check(fallback, _options) is null)
        {
            try
            {
                html = _sanitizer.Sanitize(fallback, request.Url);
                text = PlainTextRenderer.Render(html);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Feed content for {Url} could not be sanitised", request.Url);
                html = text = string.Empty;
            }
        }

        var hasFallback = text.Length > 0;
        return new ExtractedArticle
        {
            Title = Clean(request.FallbackTitle) ?? metadata.OpenGraphTitle ?? metadata.DocumentTitle ?? Untitled,
            Byline = metadata.Author,
            Published = metadata.Published ?? request.FallbackPublished,
            Language = metadata.Language,
            CanonicalUrl = metadata.CanonicalUrl,
            LeadImage = metadata.LeadImage,
            Html = hasFallback ? html : string.Empty,
            Text = text,
            Excerpt = hasFallback ? ExcerptOf(text) : null,
            Source = hasFallback ? ExtractionSource.FeedFallback : ExtractionSource.None,
            Error = hasFallback ? failure.Message : $"{failure.Message} No feed content to fall back on.",
            ErrorKind = failure.Kind,
        };
    }

    private string? ExcerptOf(string text)
    {
        if (text.Length == 0)
            return null;
        var firstParagraph = text.Split("\n\n", 2)[0].Replace('\n', ' ');
        if (firstParagraph.Length <= _options.MaxExcerptLength)
            return firstParagraph;
        var cut = firstParagraph.LastIndexOf(' ', _options.MaxExcerptLength - 1);
        return string.Concat(firstParagraph.AsSpan(0, cut > 0 ? cut : _options.MaxExcerptLength - 1), "…");
    }

    private static string? CleanDocumentTitle(PageMetadata metadata) =>
        metadata.DocumentTitle is { } title ? TitleCleaner.Clean(title) : null;

    private static string? Clean(string? value)
    {
        var normalized = PlainTextRenderer.NormalizeWhitespace(value);
        return normalized.Length == 0 ? null : normalized;
    }
}
