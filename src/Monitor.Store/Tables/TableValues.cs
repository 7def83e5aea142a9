namespace Monitor.Store.Tables;

/// <summary>Keeps property values inside what Table Storage accepts, however odd the input.</summary>
internal static class TableValues
{
    /// <summary>Table Storage rejects DateTime values before 1601-01-01 UTC.</summary>
    public static readonly DateTimeOffset MinDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A string property holds at most 64 KiB, i.e. 32K UTF-16 code units.</summary>
    public const int MaxStringLength = 32_000;

    public static DateTimeOffset Date(DateTimeOffset value) => value < MinDate ? MinDate : value.ToUniversalTime();

    public static DateTimeOffset? Date(DateTimeOffset? value) => value is { } v ? Date(v) : null;

    /// <summary>Cuts <paramref name="value"/> to <paramref name="maxLength"/> chars without splitting a surrogate pair.</summary>
    public static string? Clip(string? value, int maxLength)
    {
        if (value is null || value.Length <= maxLength)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return value[..cut];
    }
}
