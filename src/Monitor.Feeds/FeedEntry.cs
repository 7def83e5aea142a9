namespace Monitor.Feeds;

/// <summary>One item of a parsed feed, normalised across RSS, Atom and RDF.</summary>
public sealed record FeedEntry
{
    /// <summary>The item's GUID or id; the link when the feed gives none.</summary>
    public required string ItemId { get; init; }

    public Uri? Link { get; init; }

    public required string Title { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>The item's own content or description HTML: the fallback when the page cannot be read.</summary>
    public string? ContentHtml { get; init; }
}
