using System.Diagnostics;
using Monitor.Store.Emulator;

namespace Monitor.Bench;

/// <summary>Wall time and CPU time of this process and of Azurite (when the bench started it) over one measured run.</summary>
internal sealed class CpuMeter : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly AzuriteServer? _azurite;
    private readonly TimeSpan _ownBefore;
    private readonly TimeSpan? _storageBefore;
    private readonly long _started;

    private CpuMeter(AzuriteServer? azurite)
    {
        _azurite = azurite;
        _ownBefore = _process.TotalProcessorTime;
        _storageBefore = azurite?.ProcessorTime;
        _started = Stopwatch.GetTimestamp();
    }

    public static CpuMeter Start(AzuriteServer? azurite) => new(azurite);

    /// <summary>What the run took, with CPU per item (article) in both processes.</summary>
    public CpuReading Stop(int items)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _process.Refresh();
        var own = _process.TotalProcessorTime - _ownBefore;
        var storage = _azurite?.ProcessorTime - _storageBefore;
        return new CpuReading(
            elapsed.TotalSeconds,
            elapsed.TotalSeconds <= 0 ? 0 : items / elapsed.TotalSeconds,
            items == 0 ? 0 : own.TotalMilliseconds / items,
            storage is { } used && items > 0 ? used.TotalMilliseconds / items : null);
    }

    public void Dispose() => _process.Dispose();
}

/// <param name="StorageMillisecondsPerItem">Azurite's CPU per item; null when the storage is not a local Azurite the bench started.</param>
internal sealed record CpuReading(double Seconds, double ItemsPerSecond, double OwnMillisecondsPerItem, double? StorageMillisecondsPerItem);
