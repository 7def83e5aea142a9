using Monitor.Functions;
using Monitor.Hosting.Runner;

namespace Monitor.Demo;

/// <summary>
/// The one progress sink the local runner is built with: counts each cycle's work and forwards events to
/// whichever display is showing the current cycle.
/// </summary>
internal sealed class RunnerProgressRelay : IProgress<RunnerEvent>
{
    private volatile CycleCounter _counter = new();
    private volatile IProgress<RunnerEvent>? _display;

    /// <summary>Starts counting a new cycle, shown on <paramref name="display"/>.</summary>
    public CycleCounter BeginCycle(IProgress<RunnerEvent>? display)
    {
        var counter = new CycleCounter();
        _counter = counter;
        _display = display;
        return counter;
    }

    public void Report(RunnerEvent value)
    {
        _counter.Add(value);
        _display?.Report(value);
    }
}

/// <summary>What the runner did in one cycle, from its events.</summary>
internal sealed class CycleCounter
{
    private int _feedsPolled;
    private int _itemsEnqueued;
    private int _articlesProcessed;
    private int _failures;

    public int FeedsPolled => Volatile.Read(ref _feedsPolled);

    /// <summary>New entries FetchFeed put on the article queue.</summary>
    public int ItemsEnqueued => Volatile.Read(ref _itemsEnqueued);

    public int ArticlesProcessed => Volatile.Read(ref _articlesProcessed);

    /// <summary>Invocations that threw (retried or poisoned) or timers that failed.</summary>
    public int Failures => Volatile.Read(ref _failures);

    public void Add(RunnerEvent value)
    {
        switch (value.Kind)
        {
            case RunnerEventKind.MessageSucceeded when value.FunctionName == FunctionCatalog.FetchFeed.Name:
                Interlocked.Increment(ref _feedsPolled);
                Interlocked.Add(ref _itemsEnqueued, value.OutputCount);
                break;
            case RunnerEventKind.MessageSucceeded when value.FunctionName == FunctionCatalog.ProcessArticle.Name:
                Interlocked.Increment(ref _articlesProcessed);
                break;
            case RunnerEventKind.MessageRetried or RunnerEventKind.MessagePoisoned or RunnerEventKind.TimerFailed:
                Interlocked.Increment(ref _failures);
                break;
            default:
                break;
        }
    }
}
