namespace Monitor.Feeds.Opml;

/// <summary>One feed listed in an OPML document.</summary>
public sealed record OpmlFeed(Uri Url, string? Title)
{
    /// <summary>A new subscription for this feed, due at once.</summary>
    public FeedSubscription ToSubscription(DateTimeOffset now) => FeedSubscription.Create(Url, Title, now);
}
