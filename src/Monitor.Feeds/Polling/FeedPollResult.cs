namespace Monitor.Feeds.Polling;

/// <summary>What one poll found, and the feed state to store afterwards.</summary>
public sealed record FeedPollResult
{
    /// <summary>The subscription with its polling state updated; store it as is.</summary>
    public required FeedSubscription Feed { get; init; }

    public required FeedPollStatus Status { get; init; }

    /// <summary>Parsed entries when <see cref="Status"/> is <see cref="FeedPollStatus.Updated"/>; empty otherwise.</summary>
    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];

    /// <summary>A <see cref="Monitor.Fetch.FetchErrorKind"/> or <see cref="Parsing.FeedParseErrorKind"/> name, or an HTTP label.</summary>
    public string? ErrorKind { get; init; }

    public string? Error { get; init; }
}
