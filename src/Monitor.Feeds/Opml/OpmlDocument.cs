using System.Text;
using System.Xml;
using Monitor.Feeds.Parsing;

namespace Monitor.Feeds.Opml;

/// <summary>Imports and exports feed lists as OPML, the format every feed reader speaks.</summary>
public static class OpmlDocument
{
    /// <summary>
    /// The feeds of an OPML document: every outline with an absolute http(s) xmlUrl, at any nesting depth (folders
    /// are flattened), first occurrence kept. Read with the same guarded reader settings as feeds.
    /// </summary>
    /// <exception cref="FeedParseException">Not OPML, malformed, or unsafe.</exception>
    public static IReadOnlyList<OpmlFeed> Parse(string opml, FeedParsingOptions? options = null)
    {
        options ??= new FeedParsingOptions();
        if (string.IsNullOrWhiteSpace(opml))
        {
            throw new FeedParseException(FeedParseErrorKind.NotAFeed, "The OPML document is empty.");
        }

        var feeds = new List<OpmlFeed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(new StringReader(opml), SafeXmlSettings.Create(options));
            var rootSeen = false;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth > options.MaxDepth)
                {
                    throw new FeedParseException(FeedParseErrorKind.TooDeep, $"Outlines are nested deeper than {options.MaxDepth}.");
                }

                if (!rootSeen)
                {
                    rootSeen = true;
                    if (reader.LocalName != "opml")
                    {
                        throw new FeedParseException(FeedParseErrorKind.NotAFeed, $"The root element <{reader.LocalName}> is not opml.");
                    }
                }

                if (reader.LocalName == "outline" && ReadFeed(reader) is { } feed && seen.Add(feed.Url.AbsoluteUri))
                {
                    feeds.Add(feed);
                }
            }
        }
        catch (XmlException exception)
        {
            throw new FeedParseException(SafeXmlSettings.Classify(exception), exception.Message, exception);
        }

        return feeds;
    }

    /// <summary>An OPML 2.0 document listing <paramref name="feeds"/>, one outline each.</summary>
    public static string Write(IEnumerable<FeedSubscription> feeds, string title = "Monitor feeds")
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(output, settings))
        {
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", title);
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var feed in feeds)
            {
                var text = string.IsNullOrWhiteSpace(feed.Title) ? feed.Url.Host : feed.Title;
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("type", "rss");
                writer.WriteAttributeString("text", text);
                writer.WriteAttributeString("title", text);
                writer.WriteAttributeString("xmlUrl", feed.Url.AbsoluteUri);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        // The declaration is written by hand: a StringBuilder-backed writer would announce UTF-16.
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + output + "\n";
    }

    private static OpmlFeed? ReadFeed(XmlReader outline)
    {
        var xmlUrl = outline.GetAttribute("xmlUrl") ?? outline.GetAttribute("xmlurl");
        if (string.IsNullOrWhiteSpace(xmlUrl)
            || !Uri.TryCreate(xmlUrl.Trim(), UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var title = outline.GetAttribute("title") ?? outline.GetAttribute("text");
        return new OpmlFeed(url, string.IsNullOrWhiteSpace(title) ? null : title.Trim());
    }
}
