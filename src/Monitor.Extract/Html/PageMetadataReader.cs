using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Monitor.Extract.Html;

/// <summary>Reads title, canonical URL, Open Graph, article meta and JSON-LD dates from a parsed page.</summary>
internal static class PageMetadataReader
{
    // JSON-LD blocks are page-controlled; bound what we are willing to parse.
    private const int MaxJsonLdChars = 256 * 1024;
    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 32, AllowTrailingCommas = true };

    public static PageMetadata Read(IHtmlDocument document, Uri pageUrl)
    {
        return new PageMetadata
        {
            DocumentTitle = NullIfBlank(document.Title),
            OpenGraphTitle = Meta(document, "og:title"),
            Author = Meta(document, "author") ?? Meta(document, "article:author"),
            Description = Meta(document, "description") ?? Meta(document, "og:description"),
            Published = ParseDate(Meta(document, "article:published_time"))
                ?? JsonLdDatePublished(document)
                ?? ParseDate(Meta(document, "date")),
            Language = NullIfBlank(document.DocumentElement?.GetAttribute("lang")),
            CanonicalUrl = CanonicalLink(document, pageUrl) ?? WebUrl(pageUrl, Meta(document, "og:url")),
            LeadImage = WebUrl(pageUrl, Meta(document, "og:image") ?? Meta(document, "og:image:url")),
        };
    }

    /// <summary>An absolute http(s) URL, resolved against <paramref name="baseUrl"/>; null for anything else.</summary>
    public static Uri? WebUrl(Uri baseUrl, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(baseUrl, value.Trim(), out var url))
            return null;
        return url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps ? url : null;
    }

    public static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return DateTimeOffset.TryParse(
            value.Trim(),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out var parsed) ? parsed : null;
    }

    private static Uri? CanonicalLink(IHtmlDocument document, Uri pageUrl)
    {
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel") ?? string.Empty;
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
                return WebUrl(pageUrl, link.GetAttribute("href"));
        }

        return null;
    }

    /// <summary>The first non-blank content of a meta tag matched by property= or name=.</summary>
    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta[content]") ?? Enumerable.Empty<IElement>())
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name?.Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                var content = NullIfBlank(meta.GetAttribute("content"));
                if (content is not null)
                    return content;
            }
        }

        return null;
    }

    private static DateTimeOffset? JsonLdDatePublished(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                continue;
            var json = script.TextContent;
            if (json.Length > MaxJsonLdChars)
                continue;
            try
            {
                using var parsed = JsonDocument.Parse(json, s_jsonOptions);
                var date = FindDatePublished(parsed.RootElement, depth: 0);
                if (date is not null)
                    return date;
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources of a date still apply.
            }
        }

        return null;
    }

    private static DateTimeOffset? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 4)
            return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindDatePublished(item, depth + 1) is { } date)
                    return date;
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
            return null;
        if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
            && ParseDate(value.GetString()) is { } published)
        {
            return published;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindDatePublished(graph, depth + 1) : null;
    }

    private static string? NullIfBlank(string? value)
    {
        var normalized = PlainTextRenderer.NormalizeWhitespace(value);
        return normalized.Length == 0 ? null : normalized;
    }
}
