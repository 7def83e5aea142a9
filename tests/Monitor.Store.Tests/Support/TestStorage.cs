using Microsoft.Extensions.Options;
using Monitor.Testing;

namespace Monitor.Store.Tests.Support;

/// <summary>A storage layout of its own for one test: every table and the container carry a unique prefix.</summary>
public static class TestStorage
{
    public static async Task<MonitorStorage> CreateAsync(string connectionString, Action<StorageOptions>? configure = null)
    {
        var options = new StorageOptions
        {
            ConnectionString = connectionString,
            NamePrefix = AzuriteFixture.UniqueName("t"),
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(100),
            MaxRetryDelay = TimeSpan.FromSeconds(1),
        };
        configure?.Invoke(options);
        var storage = new MonitorStorage(Options.Create(options));
        await storage.EnsureCreatedAsync();
        return storage;
    }

    public static Task<MonitorStorage> CreateAsync(AzuriteFixture azurite, Action<StorageOptions>? configure = null) =>
        CreateAsync(azurite.ConnectionString, configure);
}
