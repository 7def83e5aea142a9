namespace Monitor.Events;

/// <summary>Where grouping looks up candidate events and saves its decisions.</summary>
/// <remarks>
/// Candidates come from an index keyed by date window and partner, never from a scan of all events.
/// The storage layer implements this over Azure Tables; an in-memory index serves eval and the CLI.
/// </remarks>
public interface IEventIndex
{
    Task<IReadOnlyList<CooperationEvent>> FindCandidatesAsync(EventCandidateQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or replaces <paramref name="cooperationEvent"/>. When <paramref name="expectedVersion"/> is set and the stored
    /// version differs, throws <see cref="EventConcurrencyException"/> so the caller re-reads and retries.
    /// An event that is not stored has version 0, so <c>expectedVersion: 0</c> means "insert only": two writers
    /// creating the same event id cannot both succeed.
    /// </summary>
    Task SaveAsync(CooperationEvent cooperationEvent, int? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Serialises grouping decisions for one watched country across every worker; dispose to release. Saves stay
    /// guarded by optimistic concurrency either way: the lock exists because two reports of one new event, processed
    /// at the same moment, would otherwise each find no candidate and each start an event of their own.
    /// </summary>
    Task<IAsyncDisposable> LockAsync(string watchedCountry, CancellationToken cancellationToken = default);
}

/// <summary>Which events may be the same as a new report: a date window and the partners involved.</summary>
/// <remarks>An index returns every event of <paramref name="WatchedCountry"/> dated within [From, To] (inclusive) that lists
/// at least one of <paramref name="Partners"/>. Grouping dates every event it saves.</remarks>
public sealed record EventCandidateQuery(string WatchedCountry, DateOnly From, DateOnly To, IReadOnlyList<string> Partners);

public sealed class EventConcurrencyException(string eventId)
    : Exception($"Event '{eventId}' was changed by another writer.")
{
    public string EventId { get; } = eventId;
}
