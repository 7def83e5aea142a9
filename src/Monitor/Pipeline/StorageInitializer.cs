using Monitor.Store;

namespace Monitor.Pipeline;

/// <summary>Creates the tables and the blob container on start, before any function runs.</summary>
internal sealed class StorageInitializer(MonitorStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
