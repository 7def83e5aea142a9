namespace Monitor.Events.Tests.Support;

/// <summary>
/// Wraps a real index, records every candidate query and save, and can stage races: hold the first N lookups until
/// all have arrived, or run another writer's change just before the next save.
/// </summary>
public sealed class CountingEventIndex(IEventIndex inner) : IEventIndex
{
    private readonly List<EventCandidateQuery> _queries = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource? _gate;
    private int _gateParties;
    private int _gateArrived;

    public IReadOnlyList<EventCandidateQuery> Queries
    {
        get
        {
            lock (_lock)
            {
                return _queries.ToList();
            }
        }
    }

    private int _saves;
    private int _concurrencyFailures;

    public int Saves => Volatile.Read(ref _saves);

    public int ConcurrencyFailures => Volatile.Read(ref _concurrencyFailures);

    /// <summary>Runs once, before the next save reaches the inner index: simulates a writer that got there first.</summary>
    public Func<IEventIndex, Task>? BeforeNextSave { get; set; }

    /// <summary>Called before every save; lets a test make every save lose the race.</summary>
    public Func<IEventIndex, CooperationEvent, Task>? BeforeEverySave { get; set; }

    /// <summary>The next <paramref name="parties"/> lookups wait for each other, so they all read the same state.</summary>
    public void HoldLookupsUntil(int parties)
    {
        lock (_lock)
        {
            _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _gateParties = parties;
            _gateArrived = 0;
        }
    }

    public async Task<IReadOnlyList<CooperationEvent>> FindCandidatesAsync(EventCandidateQuery query, CancellationToken cancellationToken = default)
    {
        Task? wait = null;
        lock (_lock)
        {
            _queries.Add(query);
            if (_gate is { } gate)
            {
                if (++_gateArrived >= _gateParties)
                {
                    _gate = null;
                    gate.SetResult();
                }

                wait = gate.Task;
            }
        }

        var result = await inner.FindCandidatesAsync(query, cancellationToken);
        if (wait is not null)
        {
            await wait.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return result;
    }

    public async Task SaveAsync(CooperationEvent cooperationEvent, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (BeforeNextSave is { } before)
        {
            BeforeNextSave = null;
            await before(inner);
        }

        if (BeforeEverySave is { } every)
        {
            await every(inner, cooperationEvent);
        }

        Interlocked.Increment(ref _saves);
        try
        {
            await inner.SaveAsync(cooperationEvent, expectedVersion, cancellationToken);
        }
        catch (EventConcurrencyException)
        {
            Interlocked.Increment(ref _concurrencyFailures);
            throw;
        }
    }

    /// <summary>No lock: these tests exercise the optimistic-concurrency path that guards every save.</summary>
    public Task<IAsyncDisposable> LockAsync(string watchedCountry, CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
