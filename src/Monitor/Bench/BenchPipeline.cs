using Monitor.Pipeline;
using Monitor.Store;

namespace Monitor.Bench;

/// <summary>
/// The real pipeline stages composed as the functions compose them (<see cref="PipelineServiceCollectionExtensions.AddMonitorPipeline"/>),
/// without the queues: the benchmark drives <see cref="FeedRefresher"/> and <see cref="ArticleProcessor"/> directly.
/// </summary>
internal static class BenchPipeline
{
    public static async Task<ServiceProvider> BuildAsync(string connectionString, string? storagePrefix, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Monitor:Storage:ConnectionString"] = connectionString,
            ["Monitor:Storage:NamePrefix"] = storagePrefix ?? string.Empty,
            // The bench sites listen on loopback, which the fetcher refuses by default.
            ["Monitor:Fetch:AllowPrivateNetworks"] = "true",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.None));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddMonitorPipeline(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<MonitorStorage>().EnsureCreatedAsync(cancellationToken);
        return provider;
    }
}
