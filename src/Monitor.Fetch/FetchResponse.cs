namespace Monitor.Fetch;

public enum FetchOutcome
{
    /// <summary>2xx with a body.</summary>
    Ok,
    /// <summary>304: nothing changed since the validators were stored.</summary>
    NotModified,
    /// <summary>410: the resource is gone for good.</summary>
    Gone,
    /// <summary>429 or 503: come back after <see cref="FetchResponse.RetryAfter"/>.</summary>
    RateLimited,
    /// <summary>Anything else; see <see cref="FetchResponse.Error"/>.</summary>
    Failed,
}

public enum FetchErrorKind
{
    InvalidUrl,
    Timeout,
    TooLarge,
    TooManyRedirects,
    RedirectLoop,
    HttpStatus,
    Network,
    Blocked,
}

public sealed record FetchError(FetchErrorKind Kind, string Message);

public sealed record FetchResponse
{
    public required Uri RequestedUrl { get; init; }

    /// <summary>Where the body came from after following redirects.</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>Set when every hop to <see cref="FinalUrl"/> was a 301 or 308: callers update stored URLs.</summary>
    public Uri? PermanentRedirect { get; init; }

    public required FetchOutcome Outcome { get; init; }

    public int StatusCode { get; init; }

    /// <summary>The decompressed body, at most the configured cap.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The charset named by the Content-Type header, if any.</summary>
    public string? Charset { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public FetchError? Error { get; init; }

    /// <summary>
    /// The body as text, decoded by BOM, <see cref="Charset"/>, then the document's own declaration
    /// (see <see cref="TextDecoding"/>). For XML, leading whitespace before the prolog is removed.
    /// </summary>
    public string DecodeText(bool isXml) => TextDecoding.Decode(Body.Span, Charset, isXml);
}
