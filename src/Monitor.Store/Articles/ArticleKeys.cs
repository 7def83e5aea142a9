using Monitor.Store.Keys;

namespace Monitor.Store.Articles;

/// <summary>
/// How articles are keyed. Articles: PartitionKey = UTC day <c>yyyyMMdd</c>, RowKey = inverted ticks + "_" + id, so a
/// day reads newest first. Indexes (ArticleUrls, ContentHashes): PartitionKey = first two hex digits of the hash,
/// RowKey = the hash, spreading look-ups over 256 partitions.
/// </summary>
public static class ArticleKeys
{
    /// <summary>The article id for a URL: 32 hex digits of SHA-256 over its canonical form. Stable across runs and URL variants.</summary>
    public static string IdFor(Uri url) => UrlHash(UrlCanonicalizer.Canonicalize(url));

    /// <summary>
    /// The URL an article is keyed on: the page's canonical link when it stays on the same site as the fetched URL
    /// (a page cannot claim another outlet's article), otherwise the fetched URL; canonicalised either way.
    /// </summary>
    public static Uri KeyUrl(Uri url, Uri? declaredCanonical)
    {
        ArgumentNullException.ThrowIfNull(url);
        var chosen = declaredCanonical is { IsAbsoluteUri: true } canonical
            && canonical.Scheme is "http" or "https"
            && SameSite(url, canonical) ? canonical : url;
        return UrlCanonicalizer.Canonicalize(chosen);
    }

    /// <summary>The moment an article is filed under: its publication time, unless missing or later than the fetch.</summary>
    public static DateTimeOffset FiledAt(DateTimeOffset? published, DateTimeOffset fetchedAt) =>
        published is { } p && p <= fetchedAt && p >= Tables.TableValues.MinDate ? p : fetchedAt;

    public static string Partition(DateTimeOffset filedAt) => TableKeys.Day(filedAt);

    public static string Row(DateTimeOffset filedAt, string id) => TableKeys.InvertedTicks(filedAt) + "_" + id;

    public static string IndexPartition(string hash) => hash.Length > 2 ? hash[..2] : hash;

    internal static string UrlHash(Uri canonicalUrl) => TableKeys.Hash(canonicalUrl.AbsoluteUri);

    private static bool SameSite(Uri a, Uri b) =>
        string.Equals(StripWww(a.Host), StripWww(b.Host), StringComparison.OrdinalIgnoreCase);

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
