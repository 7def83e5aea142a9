namespace Monitor.Fetch;

/// <summary>Limits and identity for every request the monitor makes to a feed or article host.</summary>
public sealed class FetchOptions
{
    /// <summary>Configuration section the host binds, e.g. <c>Monitor:Fetch</c>.</summary>
    public const string SectionName = "Monitor:Fetch";

    /// <summary>Sent on every request so site owners can tell who is polling them.</summary>
    public string UserAgent { get; set; } = "Monitor/1.0 (+security-cooperation news monitor)";

    /// <summary>Cap on the body AFTER decompression; a larger body ends as <see cref="FetchErrorKind.TooLarge"/>.</summary>
    public long MaxBodyBytes { get; set; } = 15 * 1024 * 1024;

    /// <summary>Time allowed to open the TCP (and TLS) connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline for the whole fetch: every redirect hop, retries, headers and the body read.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirect hops followed before giving up with <see cref="FetchErrorKind.TooManyRedirects"/>.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Requests in flight at once to one host (scheme, name and port); the rest wait their turn.</summary>
    public int MaxConnectionsPerHost { get; set; } = 2;

    /// <summary>Retries of transient failures (network errors, 5xx other than 503); 0 disables retrying.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>First retry delay; later ones back off exponentially with jitter, always inside the deadline.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a pooled connection lives, so DNS changes are picked up on long-running hosts.</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Lets requests reach loopback and private addresses. Off in production: URLs come from third
    /// parties. Turn on only for local development and tests against a server on this machine.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Accept header for feeds.</summary>
    public string FeedAccept { get; set; } =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

    /// <summary>Accept header for article pages.</summary>
    public string PageAccept { get; set; } = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8";
}
