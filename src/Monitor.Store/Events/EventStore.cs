using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Monitor.Events;

namespace Monitor.Store.Events;

/// <summary>
/// Cooperation events in the Events table, found through the EventIndex table by country and day. Partner matching
/// is left to the caller, which knows the partner hierarchy; this returns every event of the window.
/// </summary>
/// <remarks>
/// A save writes the new index entry first, then the event, then removes the old index entry when the date moved.
/// An interrupted save leaves at most a stray index entry, which candidate look-ups ignore because they check each
/// loaded event's own date.
/// </remarks>
public sealed class EventStore(MonitorStorage storage) : IEventIndex
{
    /// <summary>Longest window a candidate look-up may span; grouping looks at days or weeks, never years.</summary>
    public const int MaxWindowDays = 400;

    private const int ParallelReads = 8;

    private readonly TableClient _events = storage.Events;
    private readonly TableClient _index = storage.EventIndex;
    private readonly EventGroupingLease _lease = new(storage.ArticleBlobs);
    private readonly EventVersionCache _versions = new();

    public Task<IAsyncDisposable> LockAsync(string watchedCountry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(watchedCountry);
        return _lease.AcquireAsync(watchedCountry, cancellationToken);
    }

    public async Task<IReadOnlyList<CooperationEvent>> FindCandidatesAsync(EventCandidateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.To < query.From)
        {
            return [];
        }

        if (query.To.DayNumber - query.From.DayNumber > MaxWindowDays)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"A candidate window spans at most {MaxWindowDays} days.");
        }

        var from = EventKeys.IndexPartition(query.WatchedCountry, query.From);
        var to = EventKeys.IndexPartition(query.WatchedCountry, query.To);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey le {to}");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in _index.QueryAsync<TableEntity>(filter, select: ["RowKey", EventIndexEntry.PartnersProperty], cancellationToken: cancellationToken))
        {
            // Only events that share a partner can match (the matcher vetoes the rest): those are not even read.
            if (EventIndexEntry.MaySharePartner(entry, query.Partners))
            {
                ids.Add(entry.RowKey);
            }
        }

        var loaded = new List<CooperationEvent>(ids.Count);
        foreach (var chunk in ids.Chunk(ParallelReads))
        {
            var reads = chunk.Select(row => ReadAsync(EventKeys.Partition(query.WatchedCountry), row, cancellationToken));
            loaded.AddRange((await Task.WhenAll(reads)).OfType<CooperationEvent>());
        }

        return
        [
            .. loaded
                .Where(e => EventKeys.BucketDay(e) >= query.From && EventKeys.BucketDay(e) <= query.To)
                .OrderBy(e => EventKeys.BucketDay(e))
                .ThenBy(e => e.Id, StringComparer.Ordinal),
        ];
    }

    public async Task SaveAsync(CooperationEvent cooperationEvent, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperationEvent);
        var entity = EventEntityMapper.ToEntity(cooperationEvent).WithGrowingLists(cooperationEvent);

        // A missing event is version 0: expectedVersion 0 means "insert only", so two deliveries of one report cannot
        // both create the event, and nothing needs reading first. An update checks the version it was decided on
        // against the row as last read (by the candidate look-up, usually), and its ETag guards the write.
        var stored = expectedVersion == 0 ? null : await StoredVersionAsync(entity, expectedVersion, cancellationToken);
        if (expectedVersion is { } expected && (stored?.Version ?? 0) != expected)
        {
            throw new EventConcurrencyException(cooperationEvent.Id);
        }

        var indexPartition = EventKeys.IndexPartition(cooperationEvent);
        await _index.UpsertEntityAsync(EventIndexEntry.For(cooperationEvent, entity.PartitionKey), TableUpdateMode.Replace, cancellationToken);

        Response written;
        try
        {
            written = expectedVersion is null ? await _events.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken)
                : stored is null ? await _events.AddEntityAsync(entity, cancellationToken)
                : await _events.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            _versions.Forget(entity.PartitionKey, entity.RowKey);
            throw new EventConcurrencyException(cooperationEvent.Id);
        }

        _versions.Remember(entity.PartitionKey, entity.RowKey, new StoredEventVersion(cooperationEvent.Version, written.Headers.ETag ?? ETag.All, indexPartition));
        if (stored?.IndexPartition is { Length: > 0 } oldPartition && oldPartition != indexPartition)
        {
            await _index.DeleteEntityAsync(oldPartition, entity.RowKey, ETag.All, cancellationToken);
        }
    }

    /// <summary>Version, ETag and index entry of the stored row: remembered from the last read when it is the expected version.</summary>
    private async Task<StoredEventVersion?> StoredVersionAsync(TableEntity entity, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is { } expected && _versions.TryGet(entity.PartitionKey, entity.RowKey) is { } known && known.Version == expected)
        {
            return known;
        }

        return await ReadEntityAsync(entity.PartitionKey, entity.RowKey, cancellationToken) is { } existing
            ? StoredEventVersion.Of(existing)
            : null;
    }

    /// <summary>The event, or null. A point read: prefer this overload when the country is known.</summary>
    public async Task<CooperationEvent?> GetAsync(string watchedCountry, string eventId, CancellationToken cancellationToken = default) =>
        await ReadAsync(EventKeys.Partition(watchedCountry), EventKeys.Row(eventId), cancellationToken);

    /// <summary>The event with this id in any country, or null. Queries every partition: fine for the few events a year brings.</summary>
    public async Task<CooperationEvent?> GetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {EventKeys.Row(eventId)}");
        await foreach (var entity in _events.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return EventEntityMapper.FromEntity(entity);
        }

        return null;
    }

    /// <summary>The <paramref name="take"/> most recently updated events of every country.</summary>
    public async Task<IReadOnlyList<CooperationEvent>> ListRecentAsync(int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var all = await ListAllAsync(cancellationToken).ToListAsync(cancellationToken);
        return [.. all.OrderByDescending(e => e.LastUpdated).ThenBy(e => e.Id, StringComparer.Ordinal).Take(take)];
    }

    public async IAsyncEnumerable<CooperationEvent> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in _events.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return EventEntityMapper.FromEntity(entity);
        }
    }

    private async Task<CooperationEvent?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        await ReadEntityAsync(partitionKey, rowKey, cancellationToken) is { } entity ? EventEntityMapper.FromEntity(entity) : null;

    private async Task<TableEntity?> ReadEntityAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var response = await _events.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            _versions.Forget(partitionKey, rowKey);
            return null;
        }

        _versions.Remember(partitionKey, rowKey, StoredEventVersion.Of(response.Value!));
        return response.Value;
    }
}
