namespace Monitor.Demo;

/// <summary>What the demo's sample site served, so the demo can show that a second poll is answered with 304s.</summary>
public sealed class SiteTraffic
{
    private int _feedResponses;
    private int _feedsNotModified;
    private int _feedItemsServed;
    private int _pageRequests;

    internal void FeedServed(int items)
    {
        Interlocked.Increment(ref _feedResponses);
        Interlocked.Add(ref _feedItemsServed, items);
    }

    internal void FeedNotModified() => Interlocked.Increment(ref _feedsNotModified);

    internal void PageRequested() => Interlocked.Increment(ref _pageRequests);

    public SiteTrafficSnapshot Snapshot() => new(
        Volatile.Read(ref _feedResponses),
        Volatile.Read(ref _feedsNotModified),
        Volatile.Read(ref _feedItemsServed),
        Volatile.Read(ref _pageRequests));
}

/// <param name="FeedResponses">Feed requests answered 200 with a body.</param>
/// <param name="FeedsNotModified">Feed requests answered 304.</param>
/// <param name="FeedItemsServed">Items and entries in the feed bodies served.</param>
/// <param name="PageRequests">Requests for article pages.</param>
public sealed record SiteTrafficSnapshot(int FeedResponses, int FeedsNotModified, int FeedItemsServed, int PageRequests)
{
    public static SiteTrafficSnapshot operator -(SiteTrafficSnapshot after, SiteTrafficSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        return new(
            after.FeedResponses - before.FeedResponses,
            after.FeedsNotModified - before.FeedsNotModified,
            after.FeedItemsServed - before.FeedItemsServed,
            after.PageRequests - before.PageRequests);
    }

    public static SiteTrafficSnapshot Subtract(SiteTrafficSnapshot after, SiteTrafficSnapshot before) => after - before;
}
