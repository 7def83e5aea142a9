using System.Xml;
using CodeHollow.FeedReader;

namespace Monitor.Feeds.Parsing;

/// <summary>
/// Parses feed text (RSS 0.91-2.0, RSS 1.0/RDF, Atom) safely: size, DOCTYPE and entity checks and a lenient repair
/// pass run first, one strict bounded read produces plain XML, and only that reaches CodeHollow.FeedReader
/// (its string API; its downloader is never used). Every refusal is a <see cref="FeedParseException"/>.
/// </summary>
public sealed class FeedDocumentParser
{
    private readonly FeedParsingOptions _options;
    private readonly TimeProvider _timeProvider;

    public FeedDocumentParser(FeedParsingOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new FeedParsingOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Parses <paramref name="xml"/>; relative links resolve against <paramref name="feedUrl"/>.</summary>
    /// <exception cref="FeedParseException">The text is not a feed, or not a safe one.</exception>
    public ParsedFeed Parse(string xml, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var plainXml = ToPlainXml(xml);
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(plainXml);
        }
        catch (Exception exception)
        {
            // The library signals structures it does not know with NullReferenceException or
            // FeedTypeNotSupportedException; either way the document is not a feed we can use.
            throw new FeedParseException(
                FeedParseErrorKind.NotAFeed, $"The document is not a usable feed: {exception.Message}", exception);
        }

        var normalizer = new FeedEntryNormalizer(feedUrl, _options, _timeProvider.GetUtcNow());
        var title = FeedEntryNormalizer.CleanTitle(feed.Title);
        return new ParsedFeed
        {
            Title = title.Length > 0 ? title : feedUrl.Host,
            SiteUrl = normalizer.ResolveLink(feed.Link),
            Entries = normalizer.Normalize(feed.Items ?? []),
        };
    }

    /// <summary>Runs every safety check and returns XML with no DOCTYPE, no unknown entities and bounded depth.</summary>
    private string ToPlainXml(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            throw new FeedParseException(FeedParseErrorKind.NotAFeed, "The document is empty.");
        }

        if (xml.Length > _options.MaxDocumentCharacters)
        {
            throw new FeedParseException(
                FeedParseErrorKind.TooLarge, $"The document has more than {_options.MaxDocumentCharacters} characters.");
        }

        var text = xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('<'))
        {
            throw new FeedParseException(FeedParseErrorKind.NotAFeed, "The document is not XML (JSON or plain text?).");
        }

        var doctype = DoctypeDeclaration.Find(text);
        if (doctype is { DeclaresExternalEntity: true })
        {
            throw new FeedParseException(
                FeedParseErrorKind.ExternalEntity, "The DOCTYPE declares an external entity; external entities are never loaded.");
        }

        var repaired = XmlTextRepair.Repair(text, doctype);
        return SafeXmlCopier.Copy(repaired, _options, RequireFeedRoot);
    }

    private static void RequireFeedRoot(XmlReader root)
    {
        var name = root.LocalName;
        if (name.Equals("rss", StringComparison.OrdinalIgnoreCase))
        {
            // Without a version the library guesses RSS 2.0 and fails on whatever is inside.
            if (string.IsNullOrWhiteSpace(root.GetAttribute("version")))
            {
                throw new FeedParseException(FeedParseErrorKind.NotAFeed, "The rss element has no version attribute.");
            }

            return;
        }

        if (!name.Equals("feed", StringComparison.OrdinalIgnoreCase) && !name.Equals("RDF", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedParseException(FeedParseErrorKind.NotAFeed, $"The root element <{name}> is not rss, feed or RDF.");
        }
    }
}
