namespace Monitor.Feeds;

/// <summary>A feed the monitor polls, with the state that makes polling polite.</summary>
public sealed record FeedSubscription
{
    /// <summary>Stable id derived from the URL the feed was first added with (see <see cref="FeedId"/>).</summary>
    public required string Id { get; init; }

    public required Uri Url { get; init; }

    public string? Title { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    public DateTimeOffset NextPollAt { get; init; }

    public string? LastError { get; init; }

    public string? LastErrorKind { get; init; }

    public int ConsecutiveFailures { get; init; }

    public bool Enabled { get; init; } = true;

    public string? DisabledReason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A new, enabled subscription for <paramref name="url"/>, due for its first poll at <paramref name="now"/>.</summary>
    public static FeedSubscription Create(Uri url, string? title, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new FeedSubscription
        {
            Id = FeedId.For(url),
            Url = url,
            Title = title,
            NextPollAt = now,
            CreatedAt = now,
        };
    }
}
