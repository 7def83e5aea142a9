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
    /// </summary>
    Task SaveAsync(CooperationEvent cooperationEvent, int? expectedVersion, CancellationToken cancellationToken = default);
}

/// <summary>Which events may be the same as a new report: a date window and the partners involved.</summary>
public sealed record EventCandidateQuery(string WatchedCountry, DateOnly From, DateOnly To, IReadOnlyList<string> Partners);

public sealed class EventConcurrencyException(string eventId)
    : Exception($"Event '{eventId}' was changed by another writer.")
{
    public string EventId { get; } = eventId;
}
