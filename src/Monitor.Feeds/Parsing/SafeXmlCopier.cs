using System.Text;
using System.Xml;

namespace Monitor.Feeds.Parsing;

/// <summary>
/// Reads an untrusted document once with <see cref="SafeXmlSettings"/> and writes it back out without its DOCTYPE,
/// entities already expanded within budget and nesting checked. Whatever parses the copy afterwards (the feed
/// library calls XDocument.Parse twice, with DTD processing on) sees only plain, bounded XML.
/// </summary>
internal static class SafeXmlCopier
{
    /// <summary>Copies <paramref name="text"/>; <paramref name="checkRoot"/> may refuse the root element early.</summary>
    /// <exception cref="FeedParseException">The document is malformed, too deep, too large or expands too far.</exception>
    public static string Copy(string text, FeedParsingOptions options, Action<XmlReader> checkRoot)
    {
        var output = new StringBuilder(text.Length);
        var writerSettings = new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = false };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), SafeXmlSettings.Create(options));
            using var writer = XmlWriter.Create(output, writerSettings);
            var rootSeen = false;
            while (reader.Read())
            {
                if (reader.Depth > options.MaxDepth)
                {
                    throw new FeedParseException(
                        FeedParseErrorKind.TooDeep, $"Elements are nested deeper than {options.MaxDepth} levels.");
                }

                if (!rootSeen && reader.NodeType == XmlNodeType.Element)
                {
                    rootSeen = true;
                    checkRoot(reader);
                }

                CopyNode(reader, writer);
            }
        }
        catch (XmlException exception)
        {
            throw new FeedParseException(SafeXmlSettings.Classify(exception), exception.Message, exception);
        }

        return output.ToString();
    }

    private static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                writer.WriteAttributes(reader, defattr: false);
                if (reader.IsEmptyElement)
                {
                    writer.WriteEndElement();
                }

                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            default:
                // DOCTYPE, XML declaration, comments and processing instructions are deliberately dropped.
                break;
        }
    }
}
