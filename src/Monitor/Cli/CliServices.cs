using Monitor.Pipeline;
using Monitor.Store;

namespace Monitor.Cli;

/// <summary>
/// The pipeline's own composition (<see cref="PipelineServiceCollectionExtensions.AddMonitorPipeline"/>) for one verb,
/// without a host: the verbs need its stages and stores, not its hosted services or console logging (which would
/// mix log lines into the verbs' output).
/// </summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private bool _storageReady;

    private CliServices(ServiceProvider provider) => _provider = provider;

    public static CliServices Create(CliSettings settings, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = settings.BuildConfiguration(connectionString);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddMonitorPipeline(configuration);
        return new CliServices(services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Creates the tables and container once (what the functions host does on start), then returns the service.</summary>
    public async Task<T> GetStoreAsync<T>(CancellationToken cancellationToken)
        where T : notnull
    {
        if (!_storageReady)
        {
            await Get<MonitorStorage>().EnsureCreatedAsync(cancellationToken);
            _storageReady = true;
        }

        return Get<T>();
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
