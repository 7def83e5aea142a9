using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Monitor.Fetch;

/// <summary>
/// Which outcomes the retry handler may repeat: network failures and 5xx that usually pass. Never 429 or
/// 503 — the site asked us to back off, so they go back to the caller with Retry-After — and never a
/// retry that could not finish before the fetch deadline.
/// </summary>
internal static class TransientFailurePolicy
{
    /// <summary>When the whole fetch must be done; set on each request message by the fetcher.</summary>
    public static readonly HttpRequestOptionsKey<DateTimeOffset> DeadlineKey = new("Monitor.Fetch.Deadline");

    public static HttpRetryStrategyOptions CreateRetryOptions(FetchOptions options, TimeProvider timeProvider) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        Delay = options.RetryBaseDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = false,
        ShouldHandle = args => ValueTask.FromResult(
            IsTransient(args.Outcome)
            && FitsBeforeDeadline(args.Context, options.RetryBaseDelay, args.AttemptNumber, timeProvider)),
    };

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { InnerException: BlockedAddressException } } => false,
        { Exception: HttpRequestException } => true,
        { Result: { } response } => IsTransientStatus(response.StatusCode),
        _ => false,
    };

    public static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500
        && status is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported);

    private static bool FitsBeforeDeadline(ResilienceContext context, TimeSpan baseDelay, int attempt, TimeProvider timeProvider)
    {
        if (context.GetRequestMessage() is not { } request || !request.Options.TryGetValue(DeadlineKey, out var deadline))
            return true;
        // Jitter may stretch a delay; demand room for twice the nominal one plus the retried request.
        var nominal = baseDelay * Math.Pow(2, attempt);
        return deadline - timeProvider.GetUtcNow() > nominal * 2;
    }
}
