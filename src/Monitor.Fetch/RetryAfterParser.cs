using System.Net.Http.Headers;

namespace Monitor.Fetch;

/// <summary>Turns a Retry-After header (delta-seconds or an HTTP-date) into a wait from now.</summary>
internal static class RetryAfterParser
{
    public static TimeSpan? Parse(RetryConditionHeaderValue? header, TimeProvider timeProvider)
    {
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
