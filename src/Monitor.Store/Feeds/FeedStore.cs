using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Monitor.Feeds;

namespace Monitor.Store.Feeds;

/// <summary>Feed subscriptions and their polling state, one row each in the Feeds table.</summary>
public sealed class FeedStore(MonitorStorage storage)
{
    private readonly TableClient _table = storage.Feeds;

    /// <summary>The feed, or null when there is none with this id.</summary>
    public async Task<FeedSubscription?> GetAsync(string feedId, CancellationToken cancellationToken = default) =>
        (await GetVersionedAsync(feedId, cancellationToken))?.Value;

    /// <summary>The feed with the version to pass to <see cref="UpsertAsync"/> for a conditional write; null when missing.</summary>
    public async Task<Versioned<FeedSubscription>?> GetVersionedAsync(string feedId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(
            FeedEntityMapper.Partition, FeedEntityMapper.RowKey(feedId), cancellationToken: cancellationToken);
        return response.HasValue
            ? new Versioned<FeedSubscription>(FeedEntityMapper.FromEntity(response.Value!), response.Value!.ETag.ToString())
            : null;
    }

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {FeedEntityMapper.Partition}"), cancellationToken)
            .ToListAsync(cancellationToken);

    /// <summary>Enabled feeds whose next poll is at or before <paramref name="now"/>, soonest first.</summary>
    public async Task<IReadOnlyList<FeedSubscription>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {FeedEntityMapper.Partition} and Enabled eq {true} and NextPollAt le {now.ToUniversalTime()}");
        var due = await QueryAsync(filter, cancellationToken).ToListAsync(cancellationToken);
        return [.. due.OrderBy(f => f.NextPollAt)];
    }

    /// <summary>
    /// Inserts or replaces the feed. With <paramref name="expectedVersion"/> the write only succeeds if the row is unchanged
    /// since it was read (pass <see cref="Versioned{T}.Version"/>); otherwise throws <see cref="StoreConcurrencyException"/>.
    /// </summary>
    /// <returns>The new version.</returns>
    public async Task<string> UpsertAsync(FeedSubscription feed, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var entity = FeedEntityMapper.ToEntity(feed);
        try
        {
            var response = expectedVersion is null
                ? await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken)
                : await _table.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString() ?? string.Empty;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            throw new StoreConcurrencyException($"feed/{feed.Id}", e);
        }
    }

    /// <summary>
    /// Reads the feed, applies <paramref name="change"/> and writes it back conditionally, re-reading and re-applying when
    /// another writer got there first, so no update is lost. Returns null when the feed does not exist.
    /// </summary>
    public async Task<FeedSubscription?> UpdateAsync(
        string feedId, Func<FeedSubscription, FeedSubscription> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetVersionedAsync(feedId, cancellationToken);
            if (current is null)
            {
                return null;
            }

            var updated = change(current.Value) with { Id = current.Value.Id };
            try
            {
                await UpsertAsync(updated, current.Version, cancellationToken);
                return updated;
            }
            catch (StoreConcurrencyException) when (attempt < storage.Options.ConcurrencyRetries)
            {
                // Another writer won; jitter so that competing writers do not collide again in lock step.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Deletes the feed; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(string feedId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        using var response = await _table.DeleteEntityAsync(
            FeedEntityMapper.Partition, FeedEntityMapper.RowKey(feedId), ETag.All, cancellationToken);
        return response.Status != (int)HttpStatusCode.NotFound;
    }

    private async IAsyncEnumerable<FeedSubscription> QueryAsync(string filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FeedEntityMapper.FromEntity(entity);
        }
    }
}
