using Monitor.Extract.Html;

namespace Monitor.Extract;

/// <summary>What one readability pass produced, before the choice between page and feed fallback.</summary>
internal sealed record ParsedPage
{
    public required PageMetadata Metadata { get; init; }

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Language { get; init; }

    public string? Excerpt { get; init; }

    public string Html { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    /// <summary>Set when the parser gave up or found no article.</summary>
    public ExtractionFailure? Failure { get; init; }
}
