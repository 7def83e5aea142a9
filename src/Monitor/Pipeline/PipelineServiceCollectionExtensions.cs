using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Monitor.Classify;
using Monitor.Events;
using Monitor.Extract;
using Monitor.Feeds.Polling;
using Monitor.Fetch;
using Monitor.Store;

namespace Monitor.Pipeline;

/// <summary>
/// Composes the pipeline's stages, each bound to its section under <c>Monitor:</c> (environment variables
/// <c>Monitor__Fetch__MaxBodyBytes</c> and so on), for the Functions handler, the local runner and the CLI verbs.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    public const string Section = "Monitor";

    /// <summary>The setting the Functions host takes its storage account from; the monitor's tables default to it.</summary>
    public const string HostStorageSetting = "AzureWebJobsStorage";

    public static IServiceCollection AddMonitorPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var monitor = configuration.GetSection(Section);
        services.TryAddSingleton(TimeProvider.System);

        services.AddMonitorFetch(options => monitor.GetSection("Fetch").Bind(options));
        services.Configure<FeedPollingOptions>(monitor.GetSection("Feeds"));
        services.TryAddSingleton(sp => new FeedPoller(
            sp.GetRequiredService<IPageFetcher>(),
            sp.GetRequiredService<IOptions<FeedPollingOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddArticleExtraction(options => monitor.GetSection(ExtractionOptions.SectionName).Bind(options));
        services.Configure<ClassifierOptions>(monitor.GetSection(ClassifierOptions.SectionName));
        services.AddArticleClassifier();
        services.Configure<EventGroupingOptions>(monitor.GetSection(EventGroupingOptions.SectionName));
        services.TryAddSingleton(sp => new EventGrouper(
            sp.GetRequiredService<IEventIndex>(),
            sp.GetRequiredService<IOptions<EventGroupingOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Taxonomy>()));
        services.AddMonitorStorage(options =>
        {
            monitor.GetSection(StorageOptions.SectionName).Bind(options);
            if (string.IsNullOrWhiteSpace(monitor[$"{StorageOptions.SectionName}:ConnectionString"])
                && configuration[HostStorageSetting] is { Length: > 0 } hostStorage)
            {
                options.ConnectionString = hostStorage;
            }
        });
        services.AddHostedService<StorageInitializer>();
        services.TryAddSingleton<FeedRefresher>();
        services.TryAddSingleton<ArticleProcessor>();
        return services;
    }
}
