using Monitor.Store.Articles;
using Monitor.Store.Events;
using Monitor.Store.Feeds;

namespace Monitor.Demo;

/// <summary>Reads the demo's results back from storage: what the pipeline actually stored, not what it claimed.</summary>
internal sealed class DemoDataReader(FeedStore feeds, ArticleStore articles, EventStore events)
{
    public async Task<DemoDataReport> ReadAsync(CancellationToken cancellationToken)
    {
        var errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var feed in await feeds.ListAsync(cancellationToken))
        {
            if (feed.LastErrorKind is { Length: > 0 } kind)
            {
                Count(errors, "feed " + kind);
            }
        }

        var stored = 0;
        var relevant = 0;
        await foreach (var article in articles.ListAllAsync(cancellationToken: cancellationToken))
        {
            stored++;
            relevant += article.Classification?.Relevant == true ? 1 : 0;
            if (article.ExtractionError is { Length: > 0 } error)
            {
                Count(errors, "article " + ErrorKind(error));
            }
        }

        var lines = new List<DemoEventLine>();
        await foreach (var cooperationEvent in events.ListAllAsync(cancellationToken))
        {
            lines.Add(new DemoEventLine(cooperationEvent.Summary, cooperationEvent.Sources.Count, cooperationEvent.Partners, cooperationEvent.Date));
        }

        return new DemoDataReport
        {
            ArticlesStored = stored,
            RelevantArticles = relevant,
            Events = [.. lines.OrderByDescending(e => e.Sources).ThenBy(e => e.Summary, StringComparer.Ordinal)],
            ErrorsByKind = errors,
        };
    }

    /// <summary>Errors read "fetch Timeout: ..." or "Kind: message": the part before the colon names the kind.</summary>
    private static string ErrorKind(string error)
    {
        var firstError = error.Split("; ", 2)[0];
        var colon = firstError.IndexOf(':', StringComparison.Ordinal);
        return (colon > 0 ? firstError[..colon] : firstError).Trim();
    }

    private static void Count(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
