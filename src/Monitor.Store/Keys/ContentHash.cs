using System.Security.Cryptography;
using System.Text;

namespace Monitor.Store.Keys;

/// <summary>
/// A fingerprint of an article's text that survives re-wrapping and case changes, so a syndicated copy published
/// under another URL is recognised.
/// </summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 over the text with whitespace runs collapsed to one space, trimmed and lower-cased.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))));
    }

    /// <summary>The text the hash is taken over; its length says whether the text is long enough to compare.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
