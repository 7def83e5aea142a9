using Monitor.Cli;
using Monitor.Demo;
using Monitor.Functions;
using Monitor.Hosting.Runner;
using Monitor.Store;
using Monitor.Store.Emulator;
using Monitor.Store.Feeds;

namespace Monitor.Bench;

/// <summary>
/// (f) The end-to-end work again, through the queues: fresh feeds polled by <c>PollFeeds</c>, fetched by <c>FetchFeed</c>
/// and their articles processed by <c>ProcessArticle</c> on Azure Storage queues, as <c>monitor run-once</c> runs them
/// (host.json's batch sizes and visibility timeout). Adds the queue traffic the direct measurement leaves out.
/// </summary>
internal sealed class QueuedMeasurement(string connectionString, BenchSiteServer site, BenchOptions options, AzuriteServer? azurite)
{
    public const string Mode = "through the queues: PollFeeds, FetchFeed, ProcessArticle in the local runner";

    /// <summary>Feed numbers of this measurement start here, apart from every other measurement's.</summary>
    public const int FirstFeed = 300_000;

    public async Task<QueuedFigures> RunAsync(CancellationToken cancellationToken)
    {
        using var host = LocalRunnerApp.Build(
            new LocalRunnerAppOptions { ConnectionString = connectionString, Args = LoopbackRunSettings.AsArguments(connectionString, options.StoragePrefix) },
            FunctionCatalog.All,
            FunctionComposition.AddMonitorFunctions);
        await host.StartAsync(cancellationToken);
        try
        {
            await host.Services.GetRequiredService<MonitorStorage>().EnsureCreatedAsync(cancellationToken);
            await BenchFeeds.SubscribeAsync(host.Services.GetRequiredService<FeedStore>(), site, Enumerable.Range(FirstFeed, options.Feeds), cancellationToken);
            var runner = host.Services.GetRequiredService<LocalRunner>();

            var pagesBefore = site.PageRequests;
            using var meter = CpuMeter.Start(azurite);
            var summary = await runner.RunOnceAsync(cancellationToken);
            var articles = site.PageRequests - pagesBefore;
            var run = meter.Stop(articles);

            return new QueuedFigures(
                Mode,
                options.Feeds,
                articles,
                summary.MessagesSucceeded,
                summary.MessagesRetried,
                summary.MessagesPoisoned,
                run.Seconds,
                run.ItemsPerSecond,
                run.OwnMillisecondsPerItem,
                run.StorageMillisecondsPerItem);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
