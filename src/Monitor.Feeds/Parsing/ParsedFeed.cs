namespace Monitor.Feeds.Parsing;

/// <summary>A feed document reduced to what the monitor uses.</summary>
public sealed record ParsedFeed
{
    /// <summary>The feed's own title, trimmed and decoded; the feed host when the feed names none.</summary>
    public required string Title { get; init; }

    /// <summary>The site the feed belongs to (channel link / Atom alternate link), absolute, if given.</summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>Entries in document order, unique by <see cref="FeedEntry.ItemId"/>.</summary>
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
}
