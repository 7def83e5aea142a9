using Monitor.Demo;
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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(LoopbackRunSettings.For(connectionString, storagePrefix)).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.None));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddMonitorPipeline(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<MonitorStorage>().EnsureCreatedAsync(cancellationToken);
        return provider;
    }
}
