using Monitor.Store.Emulator;
using Xunit;

namespace Monitor.Testing;

/// <summary>
/// One real Azurite per test collection. Tests isolate themselves with unique table, queue and container
/// names (see <see cref="UniqueName"/>) rather than sharing state. xunit needs the collection definition in each
/// test assembly: declare <c>[CollectionDefinition("Azurite")] class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;</c> there.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public string ConnectionString => (_server ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A lower-case alphanumeric name, valid for tables, queues and containers.</summary>
    public static string UniqueName(string prefix) =>
        (prefix + Guid.NewGuid().ToString("N"))[..Math.Min(prefix.Length + 12, 40)].ToLowerInvariant();
}
