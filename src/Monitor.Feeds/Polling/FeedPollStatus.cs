namespace Monitor.Feeds.Polling;

public enum FeedPollStatus
{
    /// <summary>200 and the body parsed: entries are in the result.</summary>
    Updated,

    /// <summary>304: nothing changed since the stored validators.</summary>
    NotModified,

    /// <summary>Network, HTTP or parse failure: the feed backs off.</summary>
    Failed,

    /// <summary>410: the feed is disabled.</summary>
    Gone,

    /// <summary>429 or 503: the feed waits as long as the server asked.</summary>
    RateLimited,
}
