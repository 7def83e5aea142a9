using Monitor.Store.Queues;

namespace Monitor.Testing;

public static class QueueWaiting
{
    /// <summary>
    /// Receives one message, polling until it becomes visible again (after a visibility timeout or a release);
    /// fails the test after <paramref name="timeout"/> (15 s by default).
    /// </summary>
    public static async Task<QueueWorkItem> ReceiveEventuallyAsync(this QueueWorker worker, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(worker);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var items = await worker.ReceiveAsync(1);
            if (items.Count > 0)
            {
                return items[0];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message reappeared on {worker.Queue.Name}.");
    }
}
