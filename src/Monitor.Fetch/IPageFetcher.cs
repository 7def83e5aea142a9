namespace Monitor.Fetch;

/// <summary>Downloads feeds and article pages politely and within hard limits.</summary>
public interface IPageFetcher
{
    /// <summary>
    /// Fetches <paramref name="request"/>. Never throws for network or HTTP failures: they come back as
    /// <see cref="FetchOutcome.Failed"/> with a typed <see cref="FetchError"/>. Only cancellation throws.
    /// </summary>
    Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default);
}
