namespace Monitor.Feeds.Parsing;

/// <summary>Why a feed document was refused; stored as the feed's LastErrorKind.</summary>
public enum FeedParseErrorKind
{
    /// <summary>Empty body, HTML, JSON, or XML whose root is not rss (with a version), feed or RDF.</summary>
    NotAFeed,

    /// <summary>XML that even the lenient repair pass cannot read.</summary>
    Malformed,

    /// <summary>Internal entities expanding past the configured limit (billion laughs and friends).</summary>
    EntityExpansion,

    /// <summary>An entity declared with SYSTEM or PUBLIC: external entities are never resolved.</summary>
    ExternalEntity,

    /// <summary>Elements nested deeper than the configured limit.</summary>
    TooDeep,

    /// <summary>More characters than the configured limit.</summary>
    TooLarge,
}
