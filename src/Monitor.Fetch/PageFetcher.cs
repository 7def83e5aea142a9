using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Monitor.Fetch;

/// <summary>
/// The monitor's HTTP client for feeds and article pages: conditional GET, redirects followed by hand,
/// a per-host concurrency gate, a deadline over the whole exchange including the body, and a cap on the
/// decompressed body. Failures come back as typed <see cref="FetchError"/>s; only caller cancellation throws.
/// </summary>
public sealed class PageFetcher : IPageFetcher
{
    /// <summary>The named HttpClient registered by <see cref="FetchServiceCollectionExtensions.AddMonitorFetch"/>.</summary>
    public const string HttpClientName = "Monitor.Fetch";

    private readonly IHttpClientFactory _clientFactory;
    private readonly FetchOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PageFetcher> _logger;
    private readonly HostConcurrencyLimiter _hostLimiter;

    public PageFetcher(IHttpClientFactory clientFactory, IOptions<FetchOptions> options, TimeProvider timeProvider, ILogger<PageFetcher> logger)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _clientFactory = clientFactory;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _hostLimiter = new HostConcurrencyLimiter(_options.MaxConnectionsPerHost);
    }

    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!UrlPolicy.IsFetchable(request.Url))
        {
            return FetchResults.Failed(request, request.Url,
                new FetchError(FetchErrorKind.InvalidUrl, $"Only absolute http(s) URLs are fetched: {request.Url}"));
        }

        var chain = new RedirectChain(request.Url, _options.MaxRedirects);
        // Armed once the first host slot is granted: waiting politely in the queue does not eat the deadline.
        using var deadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        FetchResponse response;
        try
        {
            response = await FollowRedirectsAsync(request, chain, deadline, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The whole-request deadline, or the handler's connect timeout.
            response = FetchResults.Failed(request, chain.Current,
                new FetchError(FetchErrorKind.Timeout, $"No complete response from {chain.Current} within {_options.RequestTimeout}."));
        }
        catch (HttpRequestException exception) when (exception.InnerException is BlockedAddressException blocked)
        {
            response = FetchResults.Failed(request, chain.Current, new FetchError(FetchErrorKind.Blocked, blocked.Message));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            response = FetchResults.Failed(request, chain.Current,
                new FetchError(FetchErrorKind.Network, DescribeNetworkFailure(chain.Current, exception)));
        }

        _logger.LogDebug("GET {Url} -> {Outcome} {StatusCode} {Error}", request.Url, response.Outcome, response.StatusCode, response.Error?.Message);
        return response;
    }

    private async Task<FetchResponse> FollowRedirectsAsync(
        FetchRequest request, RedirectChain chain, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        var client = _clientFactory.CreateClient(HttpClientName);
        DateTimeOffset? deadlineAt = null;
        while (true)
        {
            using var lease = await _hostLimiter.AcquireAsync(chain.Current, cancellationToken).ConfigureAwait(false);
            if (deadlineAt is null)
            {
                deadlineAt = _timeProvider.GetUtcNow() + _options.RequestTimeout;
                deadline.CancelAfter(_options.RequestTimeout);
            }

            using var message = FetchRequestMessages.Create(request, chain.Current, _options, deadlineAt.Value);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);

            if (RedirectChain.IsRedirect(response.StatusCode))
            {
                if (chain.Follow(response.StatusCode, response.Headers.Location) is { } error)
                    return FetchResults.Failed(request, chain.Current, error) with { StatusCode = (int)response.StatusCode };
                continue;
            }

            return await CompleteAsync(request, chain, response, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<FetchResponse> CompleteAsync(
        FetchRequest request, RedirectChain chain, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var described = FetchResults.Describe(request, chain.Current, response);
        // A moved URL is only worth storing when it led somewhere that worked.
        var permanent = chain.AllPermanent ? chain.Current : null;

        switch (response.StatusCode)
        {
            case HttpStatusCode.NotModified:
                return described with
                {
                    Outcome = FetchOutcome.NotModified,
                    PermanentRedirect = permanent,
                    // A 304 need not repeat the validators; the stored ones are still the current ones.
                    ETag = described.ETag ?? request.ETag,
                    LastModified = described.LastModified ?? request.LastModified,
                };
            case HttpStatusCode.Gone:
                return described with { Outcome = FetchOutcome.Gone };
            case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable:
                return described with
                {
                    Outcome = FetchOutcome.RateLimited,
                    RetryAfter = RetryAfterParser.Parse(response.Headers.RetryAfter, _timeProvider),
                };
        }

        if (!response.IsSuccessStatusCode)
        {
            return described with
            {
                Outcome = FetchOutcome.Failed,
                Error = new FetchError(FetchErrorKind.HttpStatus,
                    $"HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {chain.Current}."),
            };
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var body = await BoundedBodyReader.ReadAsync(stream, _options.MaxBodyBytes, response.Content.Headers.ContentLength, cancellationToken)
                .ConfigureAwait(false);
            if (body is null)
            {
                return described with
                {
                    Outcome = FetchOutcome.Failed,
                    Error = new FetchError(FetchErrorKind.TooLarge,
                        $"Body from {chain.Current} exceeds {_options.MaxBodyBytes} bytes after decompression."),
                };
            }

            return described with { Outcome = FetchOutcome.Ok, Body = body, PermanentRedirect = permanent };
        }
    }

    private static string DescribeNetworkFailure(Uri url, Exception exception)
    {
        var inner = exception.InnerException is { } cause ? $" ({cause.Message})" : string.Empty;
        return $"{exception.GetType().Name} while fetching {url}: {exception.Message}{inner}";
    }
}
