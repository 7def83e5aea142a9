namespace Monitor.Hosting.Runner;

/// <summary>Settings of the local runner that host.json does not cover.</summary>
public sealed class LocalRunnerOptions
{
    /// <summary>
    /// After Ctrl+C, how long messages already running may take to finish before their token is cancelled;
    /// a cancelled message is released, never deleted, and reappears after the visibility timeout.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait after an empty poll; doubles up to host.json's maxPollingInterval.</summary>
    public TimeSpan MinimumPollingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often run-once checks whether every queue is empty and nothing runs.</summary>
    public TimeSpan DrainCheckInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
