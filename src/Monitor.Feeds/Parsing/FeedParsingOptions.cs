namespace Monitor.Feeds.Parsing;

/// <summary>Hard limits applied before any feed library sees the text.</summary>
public sealed class FeedParsingOptions
{
    /// <summary>Largest document accepted, in characters (the fetcher caps bytes; this caps what reaches the parser).</summary>
    public long MaxDocumentCharacters { get; set; } = 10_000_000;

    /// <summary>
    /// Total characters that internal entities may expand to. Real feeds use a handful of entities; attacks use
    /// millions of characters, so a small budget refuses them without hurting anyone.
    /// </summary>
    public long MaxCharactersFromEntities { get; set; } = 10_000;

    /// <summary>Deepest element nesting accepted. Real feeds stay under 20; parsers slow down badly past thousands.</summary>
    public int MaxDepth { get; set; } = 256;

    /// <summary>Most entries kept from one document, first ones first.</summary>
    public int MaxEntries { get; set; } = 1_000;

    /// <summary>
    /// How far in the future a publication date may be before it is treated as wrong. Small skews are time zone
    /// mistakes and are clamped to now; larger ones are dropped (see <see cref="FeedEntryNormalizer"/>).
    /// </summary>
    public TimeSpan FutureDateTolerance { get; set; } = TimeSpan.FromDays(1);
}
