using Ganss.Xss;

namespace Monitor.Extract.Html;

/// <summary>
/// A text-oriented sanitiser profile: headings, paragraphs, lists, quotes, tables and inline emphasis survive;
/// scripts, styles, forms, embeds, frames, images, event handlers and non-http(s)/mailto links do not.
/// Images are dropped on purpose: rendering stored article HTML must never make a reader's client fetch third-party
/// resources (the lead image is kept as a URL only).
/// </summary>
internal sealed class ArticleSanitizer
{
    private static readonly string[] s_tags =
    [
        "a", "abbr", "article", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "div", "dl",
        "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "main",
        "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
    ];

    private static readonly string[] s_attributes =
        ["href", "title", "datetime", "cite", "lang", "dir", "colspan", "rowspan", "scope", "abbr"];

    private readonly HtmlSanitizer _sanitizer;

    public ArticleSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags = new HashSet<string>(s_tags, StringComparer.OrdinalIgnoreCase);
        options.AllowedAttributes = new HashSet<string>(s_attributes, StringComparer.OrdinalIgnoreCase);
        options.AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);
        options.UriAttributes = new HashSet<string>(["href", "cite"], StringComparer.OrdinalIgnoreCase);

        // Disallowed elements go with their content (script bodies, form controls, comment widgets): KeepChildNodes off.
        // The instance is not reconfigured after this point, which is what makes Sanitize safe to call concurrently.
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = false };
    }

    /// <summary>Sanitised HTML with relative links made absolute against <paramref name="baseUrl"/>.</summary>
    public string Sanitize(string html, Uri? baseUrl) =>
        _sanitizer.Sanitize(html, baseUrl?.AbsoluteUri ?? string.Empty).Trim();
}
