using System.Net;

namespace Monitor.Fetch;

/// <summary>Builds the GET for one hop: identity, Accept, validators echoed verbatim, HTTP/1.1 or 2 only.</summary>
internal static class FetchRequestMessages
{
    public static HttpRequestMessage Create(FetchRequest request, Uri url, FetchOptions options, DateTimeOffset deadline)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url)
        {
            // HTTP/3 would bypass the connection settings of SocketsHttpHandler; stay on 1.1 or 2.
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        message.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", request.Purpose == FetchPurpose.Feed ? options.FeedAccept : options.PageAccept);

        // Validators go back exactly as the server sent them: no parsing, no reformatting, no invented dates.
        if (IsSafeHeaderValue(request.ETag))
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (IsSafeHeaderValue(request.LastModified))
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);

        message.Options.Set(TransientFailurePolicy.DeadlineKey, deadline);
        return message;
    }

    /// <summary>Stored values come from remote servers; one with control characters would corrupt the request.</summary>
    private static bool IsSafeHeaderValue(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.Any(char.IsControl);
}
