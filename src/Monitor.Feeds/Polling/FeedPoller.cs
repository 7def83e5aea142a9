using System.Globalization;
using Microsoft.Extensions.Options;
using Monitor.Feeds.Parsing;
using Monitor.Fetch;

namespace Monitor.Feeds.Polling;

/// <summary>
/// Polls one feed politely: a conditional GET with the stored validators, then the state changes HTTP asks for
/// (new validators, moved URL, disabled feed, Retry-After, exponential backoff) and the parsed entries.
/// Never throws for a bad feed: every failure is recorded against the feed. Only cancellation throws.
/// </summary>
public sealed class FeedPoller
{
    private readonly IPageFetcher _fetcher;
    private readonly FeedPollingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly FeedDocumentParser _parser;

    public FeedPoller(IPageFetcher fetcher, FeedPollingOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _fetcher = fetcher;
        _options = options;
        _timeProvider = timeProvider;
        _parser = new FeedDocumentParser(options.Parsing, timeProvider);
    }

    /// <summary>For dependency injection.</summary>
    public FeedPoller(IPageFetcher fetcher, IOptions<FeedPollingOptions> options, TimeProvider timeProvider)
        : this(fetcher, options?.Value!, timeProvider)
    {
    }

    public async Task<FeedPollResult> PollAsync(FeedSubscription feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (!feed.Enabled)
        {
            return new FeedPollResult
            {
                Feed = feed,
                Status = FeedPollStatus.Failed,
                ErrorKind = "Disabled",
                Error = feed.DisabledReason ?? "The feed is disabled.",
            };
        }

        var request = new FetchRequest(feed.Url)
        {
            ETag = feed.ETag,
            LastModified = feed.LastModified,
            Purpose = FetchPurpose.Feed,
        };

        FetchResponse response;
        try
        {
            response = await _fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The fetcher promises not to throw; if it does anyway, one feed's bad luck must not stop the run.
            return Failed(feed, "FetcherError", exception.Message, Now());
        }

        var now = Now();
        var polled = feed with
        {
            LastPolledAt = now,
            Url = response.PermanentRedirect ?? feed.Url,
        };

        return response.Outcome switch
        {
            FetchOutcome.Ok => Parse(polled, response, now),
            FetchOutcome.NotModified => Succeeded(polled with
            {
                ETag = response.ETag ?? polled.ETag,
                LastModified = response.LastModified ?? polled.LastModified,
            }, FeedPollStatus.NotModified, [], now),
            FetchOutcome.Gone => Gone(polled, now),
            FetchOutcome.RateLimited => RateLimited(polled, response, now),
            _ => Failed(
                polled,
                response.Error?.Kind.ToString() ?? "HttpStatus",
                response.Error?.Message ?? $"HTTP {response.StatusCode.ToString(CultureInfo.InvariantCulture)}",
                now),
        };
    }

    private FeedPollResult Parse(FeedSubscription feed, FetchResponse response, DateTimeOffset now)
    {
        ParsedFeed parsed;
        try
        {
            var text = response.DecodeText(isXml: true);
            parsed = _parser.Parse(text, response.FinalUrl);
        }
        catch (FeedParseException exception)
        {
            // Validators are not stored: the next poll must download the document again rather than get a 304
            // that would hide the fact that the feed is still broken.
            return Failed(feed, exception.Kind.ToString(), exception.Message, now);
        }

        var updated = feed with
        {
            ETag = response.ETag,
            LastModified = response.LastModified,
            Title = feed.Title ?? parsed.Title,
        };
        return Succeeded(updated, FeedPollStatus.Updated, parsed.Entries, now);
    }

    private FeedPollResult Succeeded(
        FeedSubscription feed, FeedPollStatus status, IReadOnlyList<FeedEntry> entries, DateTimeOffset now) => new()
    {
        Feed = feed with
        {
            ConsecutiveFailures = 0,
            LastError = null,
            LastErrorKind = null,
            NextPollAt = now + _options.Interval,
        },
        Status = status,
        Entries = entries,
    };

    private static FeedPollResult Gone(FeedSubscription feed, DateTimeOffset now)
    {
        var reason = $"The server answered 410 Gone on {now.ToString("u", CultureInfo.InvariantCulture)}.";
        return new FeedPollResult
        {
            Feed = feed with { Enabled = false, DisabledReason = reason, LastError = reason, LastErrorKind = "Gone" },
            Status = FeedPollStatus.Gone,
            ErrorKind = "Gone",
            Error = reason,
        };
    }

    private FeedPollResult RateLimited(FeedSubscription feed, FetchResponse response, DateTimeOffset now)
    {
        // A server may ask for any delay; a feed is still retried at least once per MaxBackoff.
        var retryAfter = response.RetryAfter ?? TimeSpan.Zero;
        var wait = TimeSpan.FromTicks(Math.Max(retryAfter.Ticks, _options.Interval.Ticks));
        wait = TimeSpan.FromTicks(Math.Min(wait.Ticks, Math.Max(_options.MaxBackoff.Ticks, _options.Interval.Ticks)));
        var error = $"HTTP {response.StatusCode.ToString(CultureInfo.InvariantCulture)}: rate limited";
        return new FeedPollResult
        {
            Feed = feed with { NextPollAt = now + wait, LastError = error, LastErrorKind = "RateLimited" },
            Status = FeedPollStatus.RateLimited,
            ErrorKind = "RateLimited",
            Error = error,
        };
    }

    private FeedPollResult Failed(FeedSubscription feed, string kind, string error, DateTimeOffset now)
    {
        var failures = feed.ConsecutiveFailures + 1;
        var delay = FeedSchedule.Backoff(failures, _options, Random.Shared.NextDouble());
        return new FeedPollResult
        {
            Feed = feed with
            {
                LastPolledAt = now,
                ConsecutiveFailures = failures,
                LastError = error,
                LastErrorKind = kind,
                NextPollAt = now + delay,
            },
            Status = FeedPollStatus.Failed,
            ErrorKind = kind,
            Error = error,
        };
    }

    private DateTimeOffset Now() => _timeProvider.GetUtcNow();
}
