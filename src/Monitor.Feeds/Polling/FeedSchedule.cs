namespace Monitor.Feeds.Polling;

/// <summary>When feeds are polled.</summary>
public static class FeedSchedule
{
    /// <summary>True when <paramref name="feed"/> is enabled and its next poll time has come.</summary>
    public static bool IsDue(FeedSubscription feed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.Enabled && feed.NextPollAt <= now;
    }

    /// <summary>
    /// Delay after <paramref name="consecutiveFailures"/> failures: interval × 2^failures, capped at the maximum,
    /// plus up to <see cref="FeedPollingOptions.BackoffJitter"/> of it at random (<paramref name="random"/> in [0, 1)).
    /// </summary>
    public static TimeSpan Backoff(int consecutiveFailures, FeedPollingOptions options, double random)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exponent = Math.Clamp(consecutiveFailures, 0, 30);
        var ticks = Math.Min(options.Interval.Ticks * Math.Pow(2, exponent), options.MaxBackoff.Ticks);
        var jitter = ticks * options.BackoffJitter * Math.Clamp(random, 0, 1);
        return TimeSpan.FromTicks((long)Math.Min(ticks + jitter, TimeSpan.MaxValue.Ticks / 2));
    }
}
