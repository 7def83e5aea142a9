namespace Monitor.Hosting.Runner;

/// <summary>Counts events for the summary and forwards them to the caller's progress reporter.</summary>
internal sealed class RunnerEventSink(IProgress<RunnerEvent>? progress)
{
    private int _timersInvoked;
    private int _timerFailures;
    private int _succeeded;
    private int _retried;
    private int _poisoned;
    private int _abandoned;
    private int _enqueued;

    public void Report(RunnerEvent runnerEvent)
    {
        switch (runnerEvent.Kind)
        {
            case RunnerEventKind.TimerSucceeded:
                Interlocked.Increment(ref _timersInvoked);
                break;
            case RunnerEventKind.TimerFailed:
                Interlocked.Increment(ref _timersInvoked);
                Interlocked.Increment(ref _timerFailures);
                break;
            case RunnerEventKind.MessageSucceeded:
                Interlocked.Increment(ref _succeeded);
                break;
            case RunnerEventKind.MessageRetried:
                Interlocked.Increment(ref _retried);
                break;
            case RunnerEventKind.MessagePoisoned:
                Interlocked.Increment(ref _poisoned);
                break;
            case RunnerEventKind.MessageAbandoned:
                Interlocked.Increment(ref _abandoned);
                break;
            default:
                break;
        }

        Interlocked.Add(ref _enqueued, runnerEvent.OutputCount);
        progress?.Report(runnerEvent);
    }

    public RunSummary Summarise(TimeSpan elapsed) => new()
    {
        TimersInvoked = Volatile.Read(ref _timersInvoked),
        TimerFailures = Volatile.Read(ref _timerFailures),
        MessagesSucceeded = Volatile.Read(ref _succeeded),
        MessagesRetried = Volatile.Read(ref _retried),
        MessagesPoisoned = Volatile.Read(ref _poisoned),
        MessagesAbandoned = Volatile.Read(ref _abandoned),
        MessagesEnqueued = Volatile.Read(ref _enqueued),
        Elapsed = elapsed,
    };
}
