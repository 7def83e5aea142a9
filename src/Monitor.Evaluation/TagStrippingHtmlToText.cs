using System.Net;
using System.Text.RegularExpressions;

namespace Monitor.Evaluation;

/// <summary>
/// Fallback when no extractor is given: drops scripts, styles and tags, keeps block breaks as paragraph breaks.
/// Boilerplate (menus, footers) stays in, so scores are lower than with real extraction.
/// </summary>
public sealed partial class TagStrippingHtmlToText : IHtmlToText
{
    public static TagStrippingHtmlToText Instance { get; } = new();

    public string ToText(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var withoutCode = InvisibleElements().Replace(html, " ");
        var withBreaks = BlockBoundaries().Replace(withoutCode, "\n\n");
        var plain = WebUtility.HtmlDecode(Tags().Replace(withBreaks, " "));
        var lines = plain.Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return BlankRuns().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"<(script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex InvisibleElements();

    [GeneratedRegex(@"<\s*(/?(p|div|br|li|h[1-6]|tr|section|article|blockquote|header|footer))\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BlockBoundaries();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BlankRuns();
}
