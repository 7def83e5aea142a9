using System.Collections.Concurrent;
using Monitor.Feeds;
using Monitor.Pipeline;
using Monitor.Store.Emulator;
using Monitor.Store.Feeds;

namespace Monitor.Bench;

/// <summary>
/// (a) N feeds × M articles through <see cref="FeedRefresher"/> then <see cref="ArticleProcessor"/>, called directly
/// with bounded parallelism, into real storage. Feeds are refreshed first, then their new articles processed.
/// </summary>
internal sealed class EndToEndMeasurement(IServiceProvider services, BenchSiteServer site, BenchOptions options, AzuriteServer? azurite)
{
    public const string Mode = "direct: FeedRefresher + ArticleProcessor, no queues";

    /// <summary>The untimed warm-up feed's number, apart from the measured feeds.</summary>
    public const int WarmUpFeed = 200_000;

    public async Task<EndToEndFigures> RunAsync(CancellationToken cancellationToken)
    {
        var feeds = services.GetRequiredService<FeedStore>();
        var refresher = services.GetRequiredService<FeedRefresher>();
        var processor = services.GetRequiredService<ArticleProcessor>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        var warmUp = await BenchFeeds.SubscribeAsync(feeds, site, [WarmUpFeed], cancellationToken);
        await RunFeedsAsync(refresher, processor, warmUp, parallel);
        var feedIds = await BenchFeeds.SubscribeAsync(feeds, site, Enumerable.Range(0, options.Feeds), cancellationToken);

        using var meter = CpuMeter.Start(azurite);
        var processed = await RunFeedsAsync(refresher, processor, feedIds, parallel);
        var run = meter.Stop(processed.Length);

        return new EndToEndFigures(
            Mode,
            options.Feeds,
            processed.Length,
            processed.Count(r => r.Outcome != ArticleProcessingOutcome.AlreadyProcessed),
            processed.Count(r => r.Relevant),
            processed.Count(r => r.Error is not null),
            options.Parallelism,
            run.Seconds,
            run.ItemsPerSecond,
            run.OwnMillisecondsPerItem,
            run.StorageMillisecondsPerItem,
            Stages(processed));
    }

    private static async Task<ArticleProcessingResult[]> RunFeedsAsync(
        FeedRefresher refresher, ArticleProcessor processor, IReadOnlyList<string> feedIds, ParallelOptions parallel)
    {
        var entries = new ConcurrentBag<ArticleToProcess>();
        await Parallel.ForEachAsync(feedIds, parallel, async (feedId, ct) =>
        {
            foreach (var entry in (await refresher.RefreshAsync(feedId, ct)).NewEntries)
            {
                entries.Add(entry);
            }
        });

        var results = new ConcurrentBag<ArticleProcessingResult>();
        await Parallel.ForEachAsync(entries, parallel, async (entry, ct) => results.Add(await processor.ProcessAsync(entry, isFirstDelivery: true, ct)));
        return [.. results];
    }

    private static List<StageFigure> Stages(ArticleProcessingResult[] results)
    {
        var stages = new (string Name, Func<StageTimings, TimeSpan> Of)[]
        {
            ("fetch", t => t.Fetch), ("extract", t => t.Extract), ("classify", t => t.Classify), ("store", t => t.Store), ("group", t => t.Group),
        };
        var totals = stages.Select(s => (s.Name, Seconds: results.Sum(r => s.Of(r.Timings).TotalSeconds))).ToArray();
        var all = totals.Sum(t => t.Seconds);
        return [.. totals.Select(t => new StageFigure(
            t.Name,
            t.Seconds,
            results.Length == 0 ? 0 : t.Seconds * 1000 / results.Length,
            all <= 0 ? 0 : t.Seconds / all))];
    }
}

/// <summary>Subscribes bench feeds, as 'feeds add' would.</summary>
internal static class BenchFeeds
{
    public static async Task<IReadOnlyList<string>> SubscribeAsync(FeedStore feeds, BenchSiteServer site, IEnumerable<int> feedNumbers, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var feed in feedNumbers)
        {
            var subscription = FeedSubscription.Create(site.FeedUrl(feed), $"Bench feed {feed}", DateTimeOffset.UtcNow);
            await feeds.UpsertAsync(subscription, cancellationToken: cancellationToken);
            ids.Add(subscription.Id);
        }

        return ids;
    }
}
