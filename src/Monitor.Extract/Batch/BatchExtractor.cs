using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Monitor.Extract.Batch;

/// <summary>
/// Extracts every archived page (*.html, *.html.gz) of a directory with bounded parallelism. A page that cannot be
/// read or extracted still gets an entry, with its error, so the output always accounts for every file.
/// </summary>
public sealed class BatchExtractor
{
    private readonly ArticleExtractor _extractor;
    private readonly BatchExtractionOptions _options;
    private readonly ILogger _logger;

    public BatchExtractor(ArticleExtractor extractor, BatchExtractionOptions? options = null, ILogger<BatchExtractor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
        _options = options ?? new BatchExtractionOptions();
        if (_options.MaxPageBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), "MaxPageBytes must be positive.");
        if (_options.MaxParallelism <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), "MaxParallelism must be positive.");
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <exception cref="DirectoryNotFoundException"><paramref name="directory"/> does not exist.</exception>
    public async Task<BatchExtractionResult> ExtractDirectoryAsync(
        string directory,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var files = ListPages(directory);
        var results = new ConcurrentBag<BatchPageResult>();
        var completed = 0;

        await Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                var result = await ExtractFileAsync(file.Id, file.Path, token).ConfigureAwait(false);
                results.Add(result);
                progress?.Report(new BatchProgress(Interlocked.Increment(ref completed), files.Count, file.Id, result.Failed));
            }).ConfigureAwait(false);

        return new BatchExtractionResult([.. results.OrderBy(r => r.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Writes <paramref name="result"/> as one JSON object: id -> {title, articleBody, byline, published, ...}.</summary>
    public static Task WriteJsonAsync(Stream output, BatchExtractionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        return BatchJsonWriter.WriteAsync(output, result, cancellationToken);
    }

    private List<(string Id, string Path)> ListPages(string directory)
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var id = ArchivedPageReader.IdOf(Path.GetFileName(path));
            if (id is null || id.Length == 0)
                continue;

            // "a.html" and "a.html.gz" would share one id; the plain file wins (ordinal order lists it first).
            if (!pages.TryAdd(id, path))
                _logger.LogWarning("Skipping {Path}: id {Id} already taken by {Other}", path, id, pages[id]);
        }

        return [.. pages.Select(p => (p.Key, p.Value))];
    }

    private async Task<BatchPageResult> ExtractFileAsync(string id, string path, CancellationToken cancellationToken)
    {
        string html;
        try
        {
            html = await ArchivedPageReader.ReadAsync(path, _options.MaxPageBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Archived page {Path} could not be read", path);
            return new BatchPageResult(id, path, Unreadable(ex));
        }

        var url = new Uri(_options.BaseUrl, Uri.EscapeDataString(id));
        var article = await _extractor.ExtractAsync(new ExtractRequest(url, html), cancellationToken).ConfigureAwait(false);
        return new BatchPageResult(id, path, article);
    }

    private static ExtractedArticle Unreadable(Exception ex) => new()
    {
        Title = "(untitled)",
        Html = string.Empty,
        Text = string.Empty,
        Source = ExtractionSource.None,
        Error = $"The file could not be read: {ex.Message}",
        ErrorKind = ExtractionErrorKind.Unreadable,
    };
}
