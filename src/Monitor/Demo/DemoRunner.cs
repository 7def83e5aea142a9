using Monitor.Cli;
using Monitor.Feeds;
using Monitor.Functions;
using Monitor.Hosting.Runner;
using Monitor.Store.Articles;
using Monitor.Store.Events;
using Monitor.Store.Emulator;
using Monitor.Store.Feeds;

namespace Monitor.Demo;

/// <summary>
/// The offline demo: storage (Azurite unless given), the sample site on a loopback port, its three feeds
/// subscribed, one full cycle through the real functions on the local runner, then a second poll that the
/// site answers with 304s.
/// </summary>
public sealed class DemoRunner(DemoOptions options, DemoConsole console, TimeProvider timeProvider)
{
    /// <returns>0 when the cycle ran (pages that failed are reported, not fatal); 1 when it could not run.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = options.Keep && options.ConnectionString is null
            ? Path.Combine(Path.GetTempPath(), "monitor-demo-" + timeProvider.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture))
            : null;
        LocalStorage storage;
        try
        {
            console.Step(options.ConnectionString is null ? "Starting Azurite (local storage emulator)..." : "Using the given storage account.");
            storage = await LocalStorage.OpenAsync(options.ConnectionString, dataDirectory, cancellationToken);
        }
        catch (LocalStorageUnavailableException e)
        {
            console.Error(e.Message);
            return 1;
        }

        await using (storage)
        {
            await using var site = await SampleSiteServer.StartAsync(options.SiteDirectory, cancellationToken);
            console.Step($"Sample site serving {site.FeedUrls.Count} feeds at {site.BaseAddress}");
            var report = await RunCyclesAsync(storage.ConnectionString, site, cancellationToken);
            console.ShowReport(report);
            if (options.Keep && storage.Azurite is { DataDirectory: { } dataFolder } azurite)
            {
                // A graceful stop makes Azurite save its data files; a process left running would die with the terminal.
                await azurite.StopAsync(CancellationToken.None);
                console.KeptData(dataFolder, azurite, AzuriteServer.FindExecutable(), options.StoragePrefix);
            }
            else
            {
                console.LookAtData(storage.ConnectionString, options.ConnectionString is not null, options.StoragePrefix);
            }

            return 0;
        }
    }

    /// <summary>Runs both cycles and returns what they did, for callers that want figures rather than a console.</summary>
    public async Task<DemoReport> RunCyclesAsync(string connectionString, SampleSiteServer site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var relay = new RunnerProgressRelay();
        using var host = LocalRunnerApp.Build(
            new LocalRunnerAppOptions { ConnectionString = connectionString, Progress = relay, Args = LoopbackRunSettings.AsArguments(connectionString, options.StoragePrefix) },
            FunctionCatalog.All,
            FunctionComposition.AddMonitorFunctions);
        await host.StartAsync(cancellationToken);
        try
        {
            var services = host.Services;
            var feeds = services.GetRequiredService<FeedStore>();
            await SubscribeAsync(feeds, site.FeedUrls, cancellationToken);
            var runner = services.GetRequiredService<LocalRunner>();

            var first = await RunCycleAsync("First cycle: poll feeds, fetch, extract, classify, group, store", runner, relay, site, cancellationToken);
            var data = await new DemoDataReader(feeds, services.GetRequiredService<ArticleStore>(), services.GetRequiredService<EventStore>())
                .ReadAsync(cancellationToken);

            // The feeds were just polled and are not due again for a while; make them due to show a polite re-poll now.
            await MakeDueAsync(feeds, site.FeedUrls, cancellationToken);
            var second = await RunCycleAsync("Second cycle: poll again (conditional requests)", runner, relay, site, cancellationToken);
            return new DemoReport(first, data, second);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private async Task<DemoCycleReport> RunCycleAsync(
        string title, LocalRunner runner, RunnerProgressRelay relay, SampleSiteServer site, CancellationToken cancellationToken)
    {
        var before = site.Traffic.Snapshot();
        var (summary, counter) = await console.ShowCycleAsync(title, site.FeedUrls.Count, async display =>
        {
            var counter = relay.BeginCycle(display);
            var summary = await runner.RunOnceAsync(cancellationToken);
            relay.BeginCycle(null);
            return (summary, counter);
        });
        var traffic = site.Traffic.Snapshot() - before;
        return new DemoCycleReport
        {
            FeedsPolled = counter.FeedsPolled,
            FeedsNotModified = traffic.FeedsNotModified,
            ItemsNew = counter.ItemsEnqueued,
            ItemsAlreadySeen = Math.Max(0, traffic.FeedItemsServed - counter.ItemsEnqueued),
            ArticlesProcessed = counter.ArticlesProcessed,
            PageFetches = traffic.PageRequests,
            Failures = counter.Failures,
            Runner = summary,
        };
    }

    private async Task SubscribeAsync(FeedStore feeds, IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var url in urls)
        {
            // Re-subscribing resets the polling state, so a rerun on kept storage still polls every feed.
            await feeds.UpsertAsync(FeedSubscription.Create(url, title: null, now), cancellationToken: cancellationToken);
        }
    }

    private async Task MakeDueAsync(FeedStore feeds, IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var url in urls)
        {
            await feeds.UpdateAsync(FeedId.For(url), feed => feed with { NextPollAt = now }, cancellationToken);
        }
    }
}
