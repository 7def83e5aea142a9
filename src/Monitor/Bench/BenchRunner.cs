using System.Diagnostics;
using System.Runtime.InteropServices;
using Monitor.Classify;
using Monitor.Demo;
using Monitor.Extract;

namespace Monitor.Bench;

/// <summary>
/// Runs every measurement of <c>monitor bench</c> against a local Azurite (or the given storage) and the
/// bench sites, and returns the figures; writing them is <see cref="BenchReportWriter"/>'s job.
/// </summary>
public sealed class BenchRunner(BenchOptions options, Action<string>? progress = null)
{
    /// <exception cref="LocalStorageUnavailableException">No connection string was given and Azurite could not start.</exception>
    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var storage = await LocalStorage.OpenAsync(options.ConnectionString, cancellationToken: cancellationToken);
        await using var site = await BenchSiteServer.StartAsync(
            options.Sites,
            feed => feed switch
            {
                EndToEndMeasurement.WarmUpFeed => options.WarmUpArticles,
                >= QueuedMeasurement.FirstFeed => options.ArticlesPerFeed,
                >= UnchangedPollMeasurement.FirstFeed => options.UnchangedFeedItems,
                _ => options.ArticlesPerFeed,
            },
            cancellationToken);
        await using var services = await BenchPipeline.BuildAsync(storage.ConnectionString, options.StoragePrefix, cancellationToken);

        progress?.Invoke($"(a) end to end: {options.Feeds} feeds x {options.ArticlesPerFeed} articles on {site.SiteCount} sites...");
        var endToEnd = await new EndToEndMeasurement(services, site, options, storage.Azurite).RunAsync(cancellationToken);
        QueuedFigures? queued = null;
        if (storage.Azurite is not null)
        {
            // Queue names carry no prefix, so this part runs only on the Azurite started for the bench, never on a shared account.
            progress?.Invoke($"(b) end to end through the queues: {options.Feeds} more feeds x {options.ArticlesPerFeed} articles...");
            queued = await new QueuedMeasurement(storage.ConnectionString, site, options, storage.Azurite).RunAsync(cancellationToken);
        }

        progress?.Invoke($"(c) unchanged poll: {options.UnchangedFeeds} feeds...");
        var unchanged = await new UnchangedPollMeasurement(services, site, options).RunAsync(cancellationToken);
        progress?.Invoke($"(d) extraction: {options.ExtractionPages} pages on one thread...");
        var extraction = await ComponentMeasurements.ExtractionAsync(services.GetRequiredService<ArticleExtractor>(), options, cancellationToken);
        progress?.Invoke($"(e) classification: {options.ClassificationTexts} texts x {options.ClassificationIterations} on one thread...");
        var classification = ComponentMeasurements.Classification(services.GetRequiredService<ArticleClassifier>(), options, cancellationToken);

        return new BenchReport
        {
            Machine = Machine(),
            EndToEnd = endToEnd,
            Queued = queued,
            UnchangedPoll = unchanged,
            Extraction = extraction,
            Classification = classification,
            Memory = Memory(),
        };
    }

    private static MemoryFigures Memory()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        const double megabyte = 1024 * 1024;
        return new MemoryFigures(
            process.PeakWorkingSet64 / megabyte,
            GC.GetTotalAllocatedBytes() / megabyte,
            GC.GetGCMemoryInfo().HeapSizeBytes / megabyte,
            GC.GetTotalPauseDuration().TotalSeconds,
            GC.CollectionCount(2),
            System.Runtime.GCSettings.IsServerGC);
    }

    private static BenchMachine Machine() => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        IsOptimized() ? "Release" : "Debug",
        DateTimeOffset.UtcNow,
        LoadAverage());

    /// <summary>Other work on the machine skews every figure; Linux reports how much there was.</summary>
    private static string? LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : null;
    }

    private static bool IsOptimized() =>
        typeof(BenchRunner).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
}
