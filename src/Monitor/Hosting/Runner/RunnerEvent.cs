namespace Monitor.Hosting.Runner;

public enum RunnerEventKind
{
    TimerStarted,
    TimerSucceeded,
    TimerFailed,
    MessageStarted,
    MessageSucceeded,

    /// <summary>Failed; will be retried after the visibility timeout.</summary>
    MessageRetried,

    /// <summary>Failed for the last time; moved to the poison queue.</summary>
    MessagePoisoned,

    /// <summary>Not finished at shutdown; reappears after the visibility timeout.</summary>
    MessageAbandoned,
}

/// <summary>Progress of the local runner, for live displays and summaries.</summary>
/// <param name="OutputCount">Messages the invocation enqueued on its output bindings.</param>
public sealed record RunnerEvent(
    RunnerEventKind Kind,
    string FunctionName,
    DateTimeOffset At,
    string? QueueName = null,
    string? MessageId = null,
    long DequeueCount = 0,
    TimeSpan Duration = default,
    int OutputCount = 0,
    string? Error = null);
