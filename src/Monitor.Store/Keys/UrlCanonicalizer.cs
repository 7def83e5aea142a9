using System.Text;

namespace Monitor.Store.Keys;

/// <summary>
/// One spelling per article URL, so the same story reached through a feed link, a share link or a tracking redirect
/// is stored once.
/// </summary>
/// <remarks>
/// Rules: scheme and host lower-case; default port, user info and fragment dropped; tracking parameters dropped; the
/// remaining query parameters sorted (ordinal, by name then value); a trailing slash removed from any path but the
/// root (<c>/news/story/</c> and <c>/news/story</c> are one article on every CMS we read, and pages that differ only by
/// it do not occur in news). Path case, <c>www.</c> and http/https are kept: they can name different resources.
/// </remarks>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> s_trackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "igshid", "ocid", "ref", "ref_src", "ref_url",
        "cmpid", "smid", "sr_share", "spm", "at_medium", "at_campaign", "ito", "xtor", "wt.mc_id", "mkt_tok",
    };

    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("An absolute URL is required.", nameof(url));
        }

        var server = url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped).ToLowerInvariant();
        var path = url.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
        }

        if (path.Length == 0)
        {
            path = "/";
        }

        var builder = new StringBuilder(server).Append(path);
        var query = CanonicalQuery(url.GetComponents(UriComponents.Query, UriFormat.UriEscaped));
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    /// <summary>Whether <paramref name="name"/> only tracks the click (utm_*, fbclid, gclid and the like).</summary>
    public static bool IsTrackingParameter(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || s_trackingParameters.Contains(name);

    private static string CanonicalQuery(string query)
    {
        if (query.Length == 0)
        {
            return string.Empty;
        }

        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                return (Name: equals < 0 ? pair : pair[..equals], Pair: pair);
            })
            .Where(p => !IsTrackingParameter(Uri.UnescapeDataString(p.Name)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Pair, StringComparer.Ordinal)
            .Select(p => p.Pair);
        return string.Join('&', kept);
    }
}
