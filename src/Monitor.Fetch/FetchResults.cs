using System.Net.Http.Headers;

namespace Monitor.Fetch;

/// <summary>Builds <see cref="FetchResponse"/> values from an HTTP response or a failure.</summary>
internal static class FetchResults
{
    public static FetchResponse Failed(FetchRequest request, Uri finalUrl, FetchError error) => new()
    {
        RequestedUrl = request.Url,
        FinalUrl = finalUrl,
        Outcome = FetchOutcome.Failed,
        Error = error,
    };

    /// <summary>Everything the headers say; the caller sets the outcome and body.</summary>
    public static FetchResponse Describe(FetchRequest request, Uri finalUrl, HttpResponseMessage response) => new()
    {
        RequestedUrl = request.Url,
        FinalUrl = finalUrl,
        Outcome = FetchOutcome.Failed,
        StatusCode = (int)response.StatusCode,
        ContentType = response.Content.Headers.ContentType?.MediaType,
        Charset = response.Content.Headers.ContentType?.CharSet,
        ETag = RawValue(response.Headers, "ETag"),
        LastModified = RawValue(response.Content.Headers, "Last-Modified") ?? RawValue(response.Headers, "Last-Modified"),
    };

    /// <summary>The header as received, so it can be echoed byte for byte on the next request.</summary>
    private static string? RawValue(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;
}
