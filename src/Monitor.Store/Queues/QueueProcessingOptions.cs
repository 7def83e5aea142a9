namespace Monitor.Store.Queues;

/// <summary>
/// The queue semantics of the Functions host (host.json <c>extensions.queues</c>), applied by
/// <see cref="QueueWorker"/> so that local runs behave as the cloud does. Defaults are the host's.
/// </summary>
public sealed record QueueProcessingOptions
{
    /// <summary>Messages received at once (the host caps this at 32).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>A new batch is fetched once the messages still running drop to this number.</summary>
    public int NewBatchThreshold { get; init; } = 8;

    /// <summary>Once a failing message has been dequeued this many times it moves to the poison queue.</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>How long a failed message stays invisible before it is retried.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>The longest wait between polls of an empty queue.</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    public WorkQueueEncoding MessageEncoding { get; init; } = WorkQueueEncoding.Base64;

    /// <summary>
    /// How long a received message stays invisible while it runs; renewed at half-time, as the host does,
    /// so a crashed process loses no message: it reappears once the lease lapses.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Throws when a value is outside what the queue service or the host accepts.</summary>
    public QueueProcessingOptions Validate()
    {
        if (BatchSize is < 1 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "batchSize must be between 1 and 32.");
        }

        if (NewBatchThreshold < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(NewBatchThreshold), NewBatchThreshold, "newBatchThreshold must not be negative.");
        }

        if (MaxDequeueCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDequeueCount), MaxDequeueCount, "maxDequeueCount must be at least 1.");
        }

        if (VisibilityTimeout < TimeSpan.Zero || VisibilityTimeout > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException(nameof(VisibilityTimeout), VisibilityTimeout, "visibilityTimeout must be between 0 and 7 days.");
        }

        if (MaxPollingInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPollingInterval), MaxPollingInterval, "maxPollingInterval must be positive.");
        }

        if (LeaseDuration < TimeSpan.FromSeconds(1) || LeaseDuration > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException(nameof(LeaseDuration), LeaseDuration, "The lease must be between 1 second and 7 days.");
        }

        return this;
    }
}
