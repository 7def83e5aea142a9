namespace Monitor.Store.Queues;

/// <summary>
/// The Functions host's queue-trigger semantics on one queue: receive a batch under a lease, delete on
/// success, release after <c>visibilityTimeout</c> on failure, and once a message has been dequeued
/// <c>maxDequeueCount</c> times, copy it to <c>&lt;queue&gt;-poison</c> and then delete it (send first, so a
/// crash in between duplicates rather than loses).
/// </summary>
public sealed class QueueWorker
{
    private readonly WorkQueues _queues;
    private WorkQueue? _poison;

    public QueueWorker(WorkQueues queues, string queueName, QueueProcessingOptions options)
    {
        _queues = queues ?? throw new ArgumentNullException(nameof(queues));
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        Queue = queues.Get(queueName);
    }

    public WorkQueue Queue { get; }

    public QueueProcessingOptions Options { get; }

    /// <summary>Creates the queue and its poison twin when missing.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) =>
        _queues.CreateIfNotExistsAsync([Queue.Name], cancellationToken);

    /// <summary>Receives up to <paramref name="maxMessages"/> (at most the batch size) under the lease.</summary>
    public Task<IReadOnlyList<QueueWorkItem>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken = default) =>
        Queue.ReceiveAsync(Math.Min(maxMessages, Options.BatchSize), Options.LeaseDuration, cancellationToken);

    /// <summary>
    /// True when the message has already been dequeued more often than allowed, which happens when earlier
    /// attempts crashed the process before they could fail cleanly. The host poisons such a message
    /// without running it; do the same with <see cref="FailAsync"/>.
    /// </summary>
    public bool IsOverDequeueLimit(QueueWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.DequeueCount > Options.MaxDequeueCount;
    }

    /// <summary>Extends the lease of a message still running.</summary>
    public Task RenewLeaseAsync(QueueWorkItem item, CancellationToken cancellationToken = default) =>
        Queue.SetVisibilityAsync(item, Options.LeaseDuration, cancellationToken);

    /// <summary>Deletes a processed message.</summary>
    public async Task<QueueMessageOutcome> CompleteAsync(QueueWorkItem item, CancellationToken cancellationToken = default)
    {
        await Queue.DeleteAsync(item, cancellationToken).ConfigureAwait(false);
        return QueueMessageOutcome.Deleted;
    }

    /// <summary>Retries a failed message later, or poisons it once it reached the dequeue limit.</summary>
    public async Task<QueueMessageOutcome> FailAsync(QueueWorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.DequeueCount >= Options.MaxDequeueCount)
        {
            var poison = await GetPoisonQueueAsync(cancellationToken).ConfigureAwait(false);
            await poison.EnqueueTextAsync(item.Body, cancellationToken).ConfigureAwait(false);
            await Queue.DeleteAsync(item, cancellationToken).ConfigureAwait(false);
            return QueueMessageOutcome.Poisoned;
        }

        await Queue.SetVisibilityAsync(item, Options.VisibilityTimeout, cancellationToken).ConfigureAwait(false);
        return QueueMessageOutcome.Released;
    }

    /// <summary>
    /// Gives back a message that was not processed (shutdown): it reappears after the visibility timeout
    /// and is neither deleted nor poisoned.
    /// </summary>
    public async Task<QueueMessageOutcome> AbandonAsync(QueueWorkItem item, CancellationToken cancellationToken = default)
    {
        await Queue.SetVisibilityAsync(item, Options.VisibilityTimeout, cancellationToken).ConfigureAwait(false);
        return QueueMessageOutcome.Abandoned;
    }

    private async Task<WorkQueue> GetPoisonQueueAsync(CancellationToken cancellationToken)
    {
        if (_poison is null)
        {
            var poison = _queues.Get(Queue.PoisonName);
            await poison.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _poison = poison;
        }

        return _poison;
    }
}
