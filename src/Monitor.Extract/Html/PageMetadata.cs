namespace Monitor.Extract.Html;

/// <summary>What the page's head declares about itself, read before the readability pass strips scripts and metadata.</summary>
internal sealed record PageMetadata
{
    public static readonly PageMetadata Empty = new();

    public string? DocumentTitle { get; init; }

    public string? OpenGraphTitle { get; init; }

    public string? Author { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Language { get; init; }

    public Uri? CanonicalUrl { get; init; }

    public Uri? LeadImage { get; init; }
}
