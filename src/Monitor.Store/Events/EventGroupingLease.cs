using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Monitor.Store.Events;

/// <summary>
/// A blob lease per watched country that serialises event grouping across every worker and instance.
/// Grouping takes milliseconds, so waiting for the lease costs little; a worker that dies holding it
/// loses it when the lease expires.
/// </summary>
internal sealed class EventGroupingLease(BlobContainerClient container)
{
    /// <summary>Lock blobs known to exist, so each grouping costs an acquire and a release, not a create as well.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

    /// <summary>The shortest lease Blob Storage grants; grouping is far shorter.</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    /// <summary>Longer than a lease can live, so a waiter always gets its turn or a clear error.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    public async Task<IAsyncDisposable> AcquireAsync(string watchedCountry, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient("locks/event-grouping-" + Uri.EscapeDataString(watchedCountry.ToLowerInvariant()));
        if (!_created.ContainsKey(blob.Name))
        {
            await EnsureExistsAsync(blob, cancellationToken);
            _created[blob.Name] = true;
        }

        var lease = blob.GetBlobLeaseClient();
        var deadline = DateTime.UtcNow + MaxWait;
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken);
                return new Held(lease);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // The lock blob was removed since it was created (a cleared container): create it again.
                await EnsureExistsAsync(blob, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(10)), cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 200));
            }
        }
    }

    private static async Task EnsureExistsAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Already there (possibly leased by another worker right now): exactly what is needed.
        }
    }

    private sealed class Held(BlobLeaseClient lease) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await lease.ReleaseAsync();
            }
            catch (RequestFailedException)
            {
                // Expired or already released: the next worker acquires it either way.
            }
        }
    }
}
