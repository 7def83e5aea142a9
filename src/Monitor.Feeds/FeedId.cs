using System.Security.Cryptography;
using System.Text;

namespace Monitor.Feeds;

/// <summary>Feed ids: stable, short and safe as a Table Storage key, whatever the URL contains.</summary>
public static class FeedId
{
    /// <summary>Hex of the first 12 bytes of SHA-256 over the absolute URL with its host lower-cased.</summary>
    public static string For(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Host = url.Host.ToLowerInvariant(), Fragment = string.Empty };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.Uri.AbsoluteUri));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
