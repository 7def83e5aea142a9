namespace Monitor.Events;

/// <summary>
/// Events held in memory, indexed by (watched country, day, partner) so candidate lookups touch only the days of the
/// query window. Serves eval and the CLI; thread-safe.
/// </summary>
public sealed class InMemoryEventIndex : IEventIndex, IDisposable
{
    /// <summary>A query longer than this is a caller bug; refusing it keeps a lookup from walking years of buckets.</summary>
    private const int MaxWindowDays = 400;

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _grouping = new(1, 1);
    private readonly Dictionary<string, CooperationEvent> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<BucketKey, HashSet<string>> _buckets = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>A snapshot of every stored event, ordered by date then id.</summary>
    public IReadOnlyList<CooperationEvent> Snapshot()
    {
        lock (_lock)
        {
            return _events.Values.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        }
    }

    public CooperationEvent? Find(string eventId)
    {
        lock (_lock)
        {
            return _events.GetValueOrDefault(eventId);
        }
    }

    public Task<IReadOnlyList<CooperationEvent>> FindCandidatesAsync(EventCandidateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var span = query.To.DayNumber - query.From.DayNumber;
        if (span < 0 || span > MaxWindowDays)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Candidate window must span 0..{MaxWindowDays} days; got {span}.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var partner in query.Partners.Distinct(StringComparer.Ordinal))
            {
                for (var day = query.From; day <= query.To; day = day.AddDays(1))
                {
                    AddBucket(new BucketKey(query.WatchedCountry, day, partner), ids);
                }

                AddBucket(new BucketKey(query.WatchedCountry, null, partner), ids);
            }

            IReadOnlyList<CooperationEvent> found = ids.Select(id => _events[id]).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            return Task.FromResult(found);
        }
    }

    public Task SaveAsync(CooperationEvent cooperationEvent, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperationEvent);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var stored = _events.GetValueOrDefault(cooperationEvent.Id);
            if (expectedVersion is { } expected && expected != (stored?.Version ?? 0))
            {
                throw new EventConcurrencyException(cooperationEvent.Id);
            }

            if (stored is not null)
            {
                foreach (var key in KeysOf(stored))
                {
                    if (_buckets.TryGetValue(key, out var bucket) && bucket.Remove(stored.Id) && bucket.Count == 0)
                    {
                        _buckets.Remove(key);
                    }
                }
            }

            _events[cooperationEvent.Id] = cooperationEvent;
            foreach (var key in KeysOf(cooperationEvent))
            {
                if (!_buckets.TryGetValue(key, out var bucket))
                {
                    bucket = new HashSet<string>(StringComparer.Ordinal);
                    _buckets[key] = bucket;
                }

                bucket.Add(cooperationEvent.Id);
            }
        }

        return Task.CompletedTask;
    }

    private void AddBucket(BucketKey key, HashSet<string> ids)
    {
        if (_buckets.TryGetValue(key, out var bucket))
        {
            ids.UnionWith(bucket);
        }
    }

    private static IEnumerable<BucketKey> KeysOf(CooperationEvent cooperationEvent) =>
        cooperationEvent.Partners.Distinct(StringComparer.Ordinal)
            .Select(partner => new BucketKey(cooperationEvent.WatchedCountry, cooperationEvent.Date, partner));

    /// <summary>An undated event sits under a null day and is offered to every window.</summary>
    private readonly record struct BucketKey(string WatchedCountry, DateOnly? Day, string Partner);

    public void Dispose() => _grouping.Dispose();

    /// <summary>One grouping decision at a time in this process (the index serves one process).</summary>
    public async Task<IAsyncDisposable> LockAsync(string watchedCountry, CancellationToken cancellationToken = default)
    {
        await _grouping.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_grouping);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
