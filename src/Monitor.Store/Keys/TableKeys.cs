using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Monitor.Store.Keys;

/// <summary>
/// Turns arbitrary strings into valid PartitionKey/RowKey values. Table keys may not contain <c>/ \ # ?</c> or control
/// characters and must stay under 1 KiB; values derived from URLs or third-party text are either escaped (short,
/// reversible) or hashed (fixed length).
/// </summary>
public static class TableKeys
{
    /// <summary>Escaped keys longer than this are hashed instead; well under the 1 KiB limit whatever the encoding.</summary>
    public const int MaxEscapedLength = 255;

    private const char EscapeChar = '%';
    private const string HashedPrefix = "~h";

    /// <summary>
    /// A valid key for <paramref name="value"/>: forbidden characters and '%' become <c>%XX</c> (or <c>%uXXXX</c> for lone
    /// surrogates), so distinct values keep distinct keys. Values too long for that are replaced by a hash.
    /// </summary>
    public static string ForValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(EscapeChar).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (IsForbidden(c) || c == EscapeChar)
            {
                builder.Append(EscapeChar).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Length <= MaxEscapedLength ? builder.ToString() : HashedPrefix + Hash(value, 32);
    }

    /// <summary>Reverses <see cref="ForValue"/>; null for hashed keys, whose value cannot be recovered.</summary>
    public static string? ToValue(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith(HashedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != EscapeChar)
            {
                builder.Append(key[i]);
                continue;
            }

            var wide = i + 1 < key.Length && key[i + 1] == 'u';
            var start = wide ? i + 2 : i + 1;
            var length = wide ? 4 : 2;
            builder.Append((char)int.Parse(key.AsSpan(start, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            i = start + length - 1;
        }

        return builder.ToString();
    }

    /// <summary>Lower-case hex of the first <paramref name="bytes"/> bytes of SHA-256 over the UTF-8 of <paramref name="value"/>.</summary>
    public static string Hash(string value, int bytes = 16)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, 32);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(hash.AsSpan(0, bytes));
    }

    /// <summary>Whether <paramref name="key"/> is accepted by Table Storage as a PartitionKey or RowKey.</summary>
    public static bool IsValid(string? key) =>
        key is not null && Encoding.UTF8.GetByteCount(key) <= 1024 && !key.Any(IsForbidden);

    /// <summary>
    /// Nineteen digits that sort in the opposite order of <paramref name="time"/>: as a RowKey prefix, a partition reads
    /// newest first.
    /// </summary>
    public static string InvertedTicks(DateTimeOffset time) =>
        (DateTime.MaxValue.Ticks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The UTC day of <paramref name="time"/> as <c>yyyyMMdd</c>, which sorts chronologically.</summary>
    public static string Day(DateTimeOffset time) => Day(DateOnly.FromDateTime(time.UtcDateTime));

    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static bool IsForbidden(char c) => c is '/' or '\\' or '#' or '?' || char.IsControl(c);
}
