namespace Monitor.Extract;

public sealed record ExtractRequest(Uri Url, string Html)
{
    /// <summary>The feed item's title, used when the page has none or cannot be read.</summary>
    public string? FallbackTitle { get; init; }

    /// <summary>The feed item's content HTML, used when the page cannot be read.</summary>
    public string? FallbackHtml { get; init; }

    public DateTimeOffset? FallbackPublished { get; init; }
}

public enum ExtractionSource
{
    Page,
    FeedFallback,
    None,
}

/// <summary>The readable part of a page: sanitised HTML, plain text and metadata.</summary>
public sealed record ExtractedArticle
{
    public required string Title { get; init; }

    public string? Byline { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Language { get; init; }

    public Uri? CanonicalUrl { get; init; }

    public Uri? LeadImage { get; init; }

    /// <summary>Sanitised article HTML.</summary>
    public required string Html { get; init; }

    /// <summary>Plain text, paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }

    public string? Excerpt { get; init; }

    public ExtractionSource Source { get; init; }

    /// <summary>Why the page itself could not be used, when <see cref="Source"/> is not <see cref="ExtractionSource.Page"/>.</summary>
    public string? Error { get; init; }

    /// <summary>The typed reason behind <see cref="Error"/>; null when the page was used.</summary>
    public ExtractionErrorKind? ErrorKind { get; init; }
}
