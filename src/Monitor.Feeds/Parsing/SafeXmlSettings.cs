using System.Xml;

namespace Monitor.Feeds.Parsing;

/// <summary>The one XmlReader configuration used for every untrusted document (feeds and OPML).</summary>
internal static class SafeXmlSettings
{
    /// <summary>
    /// DTDs are parsed (RSS 0.91 feeds carry the Netscape DOCTYPE and must still load) but nothing is ever resolved:
    /// no resolver means no file or network access for external subsets or entities, and the entity budget stops
    /// expansion attacks long before they cost memory.
    /// </summary>
    public static XmlReaderSettings Create(FeedParsingOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = options.MaxCharactersFromEntities,
        MaxCharactersInDocument = options.MaxDocumentCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// Maps a reader failure to a typed kind. The limit messages name the setting that was exceeded, and the
    /// setting names are not localised, so matching on them is stable.
    /// </summary>
    public static FeedParseErrorKind Classify(XmlException exception) =>
        exception.Message.Contains(nameof(XmlReaderSettings.MaxCharactersFromEntities), StringComparison.Ordinal)
            ? FeedParseErrorKind.EntityExpansion
            : exception.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal)
                ? FeedParseErrorKind.TooLarge
                : FeedParseErrorKind.Malformed;
}
