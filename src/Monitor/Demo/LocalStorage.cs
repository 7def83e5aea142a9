using System.ComponentModel;
using Monitor.Store.Emulator;

namespace Monitor.Demo;

/// <summary>
/// The storage account the demo and the benchmark write to: the one given, or an Azurite started for the run
/// (in memory, or in a folder when the data is to be kept); it stops when this object is disposed.
/// </summary>
public sealed class LocalStorage : IAsyncDisposable
{
    private readonly AzuriteServer? _azurite;

    private LocalStorage(string connectionString, AzuriteServer? azurite)
    {
        ConnectionString = connectionString;
        _azurite = azurite;
    }

    public string ConnectionString { get; }

    /// <summary>The Azurite started for this run, or null when a connection string was given.</summary>
    public AzuriteServer? Azurite => _azurite;

    /// <exception cref="LocalStorageUnavailableException">Azurite is not installed or did not start.</exception>
    public static async Task<LocalStorage> OpenAsync(string? connectionString, string? dataDirectory = null, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new LocalStorage(connectionString, null);
        }

        try
        {
            var azurite = await AzuriteServer.StartAsync(dataDirectory, cancellationToken);
            return new LocalStorage(azurite.ConnectionString, azurite);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or Win32Exception or IOException)
        {
            throw new LocalStorageUnavailableException(
                $"Azurite (the local storage emulator) could not start: {e.Message}{Environment.NewLine}" +
                "Run scripts/demo.sh, or install it with 'npm ci --prefix tools/azurite' from the repository root, " +
                "or pass --connection-string to use another storage account.",
                e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

/// <summary>No storage to run against: Azurite is missing or failed to start.</summary>
public sealed class LocalStorageUnavailableException(string message, Exception innerException) : Exception(message, innerException);
