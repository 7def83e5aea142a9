using System.Diagnostics;
using Monitor.Feeds.Polling;
using Monitor.Pipeline;
using Monitor.Store.Feeds;

namespace Monitor.Bench;

/// <summary>
/// (c) The cost of a poll where nothing changed: feeds polled once (their ETags stored), then polled again. Every
/// feed should answer 304 and no article page should be requested.
/// </summary>
internal sealed class UnchangedPollMeasurement(IServiceProvider services, BenchSiteServer site, BenchOptions options)
{
    /// <summary>Feed numbers of this measurement start here, apart from the end-to-end feeds.</summary>
    public const int FirstFeed = 100_000;

    public async Task<UnchangedPollFigures> RunAsync(CancellationToken cancellationToken)
    {
        var feeds = services.GetRequiredService<FeedStore>();
        var refresher = services.GetRequiredService<FeedRefresher>();
        var feedIds = await BenchFeeds.SubscribeAsync(feeds, site, Enumerable.Range(FirstFeed, options.UnchangedFeeds), cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(feedIds, parallel, async (feedId, ct) => await refresher.RefreshAsync(feedId, ct));

        var pagesBefore = site.PageRequests;
        var notModified = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(feedIds, parallel, async (feedId, ct) =>
        {
            var result = await refresher.RefreshAsync(feedId, ct);
            if (result.Status == FeedPollStatus.NotModified)
            {
                Interlocked.Increment(ref notModified);
            }
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new UnchangedPollFigures(options.UnchangedFeeds, notModified, site.PageRequests - pagesBefore, elapsed.TotalSeconds);
    }
}
