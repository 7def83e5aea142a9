using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace Monitor.Feeds.Parsing;

/// <summary>
/// Turns the feed library's items into <see cref="FeedEntry"/> values the rest of the monitor can trust: a stable
/// id, an absolute http(s) link or none, a clean title, a plausible date or none, the item's own HTML.
/// </summary>
/// <remarks>
/// Dates in the future: a date up to <see cref="FeedParsingOptions.FutureDateTolerance"/> ahead is a time zone
/// mistake and is clamped to now; anything further is an error (an event date, a typo in the year) and becomes
/// null, so downstream falls back to the time the entry was discovered. Keeping such a date would pin the entry at
/// the top of every "latest" list and digest until that date passes.
/// </remarks>
internal sealed partial class FeedEntryNormalizer(Uri feedUrl, FeedParsingOptions options, DateTimeOffset now)
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string Untitled = "(untitled)";

    private static readonly string[] _dateElementNames = ["pubDate", "published", "date", "issued", "created", "updated", "modified"];

    public IReadOnlyList<FeedEntry> Normalize(IEnumerable<FeedItem> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<FeedEntry>();
        foreach (var item in items)
        {
            var entry = Normalize(item);
            if (seen.Add(entry.ItemId))
            {
                entries.Add(entry);
                if (entries.Count >= options.MaxEntries)
                {
                    break;
                }
            }
        }

        return entries;
    }

    public static string CleanTitle(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        // Titles are plain text, but many feeds escape them twice or wrap them in inline markup.
        var decoded = WebUtility.HtmlDecode(raw);
        var withoutTags = Tag().Replace(decoded, " ");
        return Whitespace().Replace(withoutTags, " ").Trim();
    }

    public Uri? ResolveLink(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)
            || !Uri.TryCreate(feedUrl, raw.Trim(), out var link)
            || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return link;
    }

    private FeedEntry Normalize(FeedItem item)
    {
        var element = item.SpecificItem?.Element;
        var guid = NullIfBlank(item.Id);
        var link = ResolveLink(item.Link) ?? PermalinkGuid(element, guid);
        if (link is not null && guid == NullIfBlank(item.Link))
        {
            // RSS 0.91 and 1.0 items have no id of their own; the library hands back the raw (maybe relative) link.
            guid = link.AbsoluteUri;
        }

        var title = CleanTitle(item.Title);
        var rawDate = element is null ? item.PublishingDateString : FirstDateText(element);
        var published = ClampFuture(FeedDateParser.Parse(rawDate));
        return new FeedEntry
        {
            ItemId = guid ?? link?.AbsoluteUri ?? HashId(title, rawDate),
            Link = link,
            Title = title.Length > 0 ? title : Untitled,
            Published = published,
            ContentHtml = element is null ? NullIfBlank(item.Content ?? item.Description) : ContentOf(element),
        };
    }

    private DateTimeOffset? ClampFuture(DateTimeOffset? published)
    {
        if (published is not { } date || date <= now)
        {
            return published;
        }

        return date - now <= options.FutureDateTolerance ? now : null;
    }

    /// <summary>An RSS guid that is a permalink doubles as the link when the item has none.</summary>
    private Uri? PermalinkGuid(XElement? element, string? guid)
    {
        var guidElement = element?.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        if (guid is null || guidElement is null
            || string.Equals((string?)guidElement.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.TryCreate(guid, UriKind.Absolute, out _) ? ResolveLink(guid) : null;
    }

    private static string? FirstDateText(XElement element)
    {
        foreach (var name in _dateElementNames)
        {
            var value = element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Read from the XML directly: the library HTML-decodes content a second time, which would turn escaped
    /// text such as &amp;lt;script&amp;gt; inside an article into live markup.
    /// </summary>
    private static string? ContentOf(XElement element)
    {
        var encoded = element.Element(XName.Get("encoded", ContentModuleNamespace));
        var atomContent = element.Elements().FirstOrDefault(e => e.Name.LocalName == "content" && e.Name != encoded?.Name);
        var candidates = new[]
        {
            encoded?.Value,
            atomContent is null ? null : AtomText(atomContent),
            element.Elements().FirstOrDefault(e => e.Name.LocalName == "description")?.Value,
            element.Elements().FirstOrDefault(e => e.Name.LocalName == "summary") is { } summary ? AtomText(summary) : null,
        };
        return candidates.Select(NullIfBlank).FirstOrDefault(c => c is not null);
    }

    private static string AtomText(XElement element) =>
        string.Equals((string?)element.Attribute("type"), "xhtml", StringComparison.OrdinalIgnoreCase)
            ? string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : element.Value;

    private static string HashId(string title, string? rawDate)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\n{rawDate?.Trim()}"));
        return "sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
