using System.Collections.Concurrent;

namespace Monitor.Hosting.Runner;

/// <summary>
/// Wakes a queue's listener when this process has just written to its queue, so it receives at once instead of
/// sleeping out its empty-queue back-off. The Functions host does the same for messages its own functions output;
/// writes by other processes are still found by polling.
/// </summary>
internal sealed class QueueWriteSignals
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new(StringComparer.Ordinal);

    public void Written(string queueName)
    {
        var signal = For(queueName);
        lock (signal)
        {
            // One pending wake-up is enough however many messages were written.
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
    }

    /// <summary>Returns after <paramref name="delay"/>, at the next write to the queue, or on cancellation, whichever comes first.</summary>
    public async Task WaitAsync(string queueName, TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var race = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elapsed = Task.Delay(delay, time, race.Token);
        var written = For(queueName).WaitAsync(race.Token);
        await Task.WhenAny(elapsed, written).ConfigureAwait(false);
        await race.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(elapsed, written).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loser of the race, or shutdown: either way the wait is over.
        }
    }

    private SemaphoreSlim For(string queueName) => _signals.GetOrAdd(queueName, static _ => new SemaphoreSlim(0));
}
