using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace Monitor.Store.Events;

/// <summary>The version, ETag and index partition of an Events row as this process last read or wrote it.</summary>
internal sealed record StoredEventVersion(int Version, ETag ETag, string? IndexPartition)
{
    public static StoredEventVersion Of(TableEntity entity) => new(
        entity.GetInt32(EventEntityMapper.VersionProperty) ?? 0,
        entity.ETag,
        entity.GetString(EventEntityMapper.IndexPartitionProperty));
}

/// <summary>
/// Remembers what grouping just read, so that saving the event it decided on needs no second read. Only an
/// optimisation: a stale entry makes the ETag-guarded write fail, and grouping then reads afresh and decides again.
/// </summary>
internal sealed class EventVersionCache
{
    /// <summary>Grouping touches the events of a few weeks; past this many rows the cache starts over.</summary>
    private const int Capacity = 4_096;

    private readonly ConcurrentDictionary<(string Partition, string Row), StoredEventVersion> _versions = new();

    public StoredEventVersion? TryGet(string partitionKey, string rowKey) =>
        _versions.TryGetValue((partitionKey, rowKey), out var version) ? version : null;

    public void Remember(string partitionKey, string rowKey, StoredEventVersion version)
    {
        if (_versions.Count >= Capacity)
        {
            _versions.Clear();
        }

        _versions[(partitionKey, rowKey)] = version;
    }

    public void Forget(string partitionKey, string rowKey) => _versions.TryRemove((partitionKey, rowKey), out _);
}
