namespace Monitor.Fetch;

/// <summary>One GET, with the validators stored from the previous response for a conditional request.</summary>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>The ETag exactly as the server last sent it; echoed in If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified value exactly as the server last sent it; echoed in If-Modified-Since.</summary>
    public string? LastModified { get; init; }

    public FetchPurpose Purpose { get; init; } = FetchPurpose.Page;
}

public enum FetchPurpose
{
    Feed,
    Page,
}
