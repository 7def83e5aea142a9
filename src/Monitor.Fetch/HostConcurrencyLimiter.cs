using System.Collections.Concurrent;

namespace Monitor.Fetch;

/// <summary>
/// Caps requests in flight per host. The handler's MaxConnectionsPerServer alone is not enough: it limits
/// connections, not requests (HTTP/2 multiplexes many onto one), and it lives per handler, which the
/// client factory rotates. One gate per scheme+host+port, shared by every fetch in the process.
/// </summary>
internal sealed class HostConcurrencyLimiter(int maxPerHost)
{
    // Hosts come from the configured feeds and the articles they link, so the set stays small;
    // gates are kept for the life of the process rather than reference-counted.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Lease> AcquireAsync(Uri url, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new SemaphoreSlim(maxPerHost, maxPerHost));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Lease(gate);
    }

    /// <summary>Holds one slot of a host's gate until disposed; disposing twice releases once.</summary>
    internal sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
