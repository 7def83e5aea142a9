namespace Monitor.Pipeline;

/// <summary>Queue message of <c>feeds-to-fetch</c>: one feed to download and parse.</summary>
public sealed record FeedToFetch(string FeedId);

/// <summary>
/// Queue message of <c>articles-to-process</c>: one feed entry whose page is to be fetched, extracted,
/// classified and stored. The feed's own content travels along as the fallback when the page cannot be read.
/// </summary>
public sealed record ArticleToProcess
{
    /// <summary>A queue message holds 64 KiB, less after base64: the fallback content is clipped to this many chars.</summary>
    public const int MaxFallbackChars = 16_000;

    public required string FeedId { get; init; }

    public required string ItemId { get; init; }

    /// <summary>The page to fetch; for an entry without a link, a key URL under the feed (see <see cref="FeedRefresher"/>).</summary>
    public required Uri Url { get; init; }

    /// <summary>False for entries without a link: nothing to fetch, the feed content is the article.</summary>
    public bool HasPage { get; init; } = true;

    public required string Title { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? FallbackHtml { get; init; }
}
