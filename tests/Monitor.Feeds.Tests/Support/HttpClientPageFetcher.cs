using System.Net;
using Monitor.Fetch;

namespace Monitor.Feeds.Tests.Support;

/// <summary>
/// A deliberately small <see cref="IPageFetcher"/> for poller tests against a real local server: one plain GET per
/// hop, redirects followed by hand (at most 5) so a chain of 301/308 can be reported as permanent, statuses mapped to
/// <see cref="FetchOutcome"/>. No size caps, SSRF checks or politeness: the real fetcher has its own tests.
/// </summary>
public sealed class HttpClientPageFetcher : IPageFetcher, IDisposable
{
    private const int MaxRedirects = 5;

    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Url;
        var allPermanent = true;
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                if (request.ETag is not null)
                {
                    message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
                }

                if (request.LastModified is not null)
                {
                    message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
                }

                using var response = await _client.SendAsync(message, cancellationToken);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    allPermanent &= status is 301 or 308;
                    url = new Uri(url, location);
                    continue;
                }

                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                return new FetchResponse
                {
                    RequestedUrl = request.Url,
                    FinalUrl = url,
                    PermanentRedirect = allPermanent && url != request.Url ? url : null,
                    Outcome = OutcomeOf(response.StatusCode),
                    StatusCode = status,
                    Body = body,
                    ContentType = response.Content.Headers.ContentType?.MediaType,
                    Charset = response.Content.Headers.ContentType?.CharSet,
                    ETag = Header(response.Headers, "ETag"),
                    LastModified = Header(response.Content.Headers, "Last-Modified"),
                    RetryAfter = response.Headers.RetryAfter?.Delta,
                    Error = response.IsSuccessStatusCode || OutcomeOf(response.StatusCode) != FetchOutcome.Failed
                        ? null
                        : new FetchError(FetchErrorKind.HttpStatus, $"HTTP {status}"),
                };
            }

            return Failure(request, url, FetchErrorKind.TooManyRedirects, "Too many redirects.");
        }
        catch (HttpRequestException exception)
        {
            return Failure(request, url, FetchErrorKind.Network, exception.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private static FetchOutcome OutcomeOf(HttpStatusCode status) => status switch
    {
        >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices => FetchOutcome.Ok,
        HttpStatusCode.NotModified => FetchOutcome.NotModified,
        HttpStatusCode.Gone => FetchOutcome.Gone,
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => FetchOutcome.RateLimited,
        _ => FetchOutcome.Failed,
    };

    private static string? Header(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;

    private static FetchResponse Failure(FetchRequest request, Uri url, FetchErrorKind kind, string message) => new()
    {
        RequestedUrl = request.Url,
        FinalUrl = url,
        Outcome = FetchOutcome.Failed,
        Error = new FetchError(kind, message),
    };
}
