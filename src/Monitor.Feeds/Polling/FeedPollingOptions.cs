using Monitor.Feeds.Parsing;

namespace Monitor.Feeds.Polling;

/// <summary>How often feeds are polled and how failing feeds back off. Bind from configuration section "Feeds".</summary>
public sealed class FeedPollingOptions
{
    /// <summary>Normal time between polls of a healthy feed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Longest wait after failures (or a Retry-After): a broken feed is still tried daily.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Up to this fraction is added at random to a backoff so failing feeds do not retry in lockstep.</summary>
    public double BackoffJitter { get; set; } = 0.1;

    public FeedParsingOptions Parsing { get; set; } = new();
}
