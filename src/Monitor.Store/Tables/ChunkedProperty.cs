using Azure.Data.Tables;
using System.Globalization;

namespace Monitor.Store.Tables;

/// <summary>
/// Stores a string longer than one property may hold across <c>Name</c>, <c>Name_1</c>, <c>Name_2</c>... so that values
/// such as an event's source list can grow towards the 1 MiB entity limit.
/// </summary>
internal static class ChunkedProperty
{
    private const int ChunkLength = 30_000;

    /// <summary>Most chunks written; with 30K chars each this stays below the 1 MiB entity size.</summary>
    public const int MaxChunks = 15;

    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > ChunkLength * MaxChunks)
        {
            throw new ArgumentException($"'{name}' is {value.Length} chars; at most {ChunkLength * MaxChunks} fit in one entity.", nameof(value));
        }

        var start = 0;
        var index = 0;
        do
        {
            var length = Math.Min(ChunkLength, value.Length - start);
            // Never split a surrogate pair across chunks: each property must be valid UTF-16 on its own.
            if (start + length < value.Length && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            entity[Key(name, index++)] = value.Substring(start, length);
            start += length;
        }
        while (start < value.Length);
    }

    public static string? Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        if (first is null)
        {
            return null;
        }

        var next = entity.GetString(Key(name, 1));
        if (next is null)
        {
            return first;
        }

        var builder = new System.Text.StringBuilder(first);
        for (var index = 1; next is not null; next = entity.GetString(Key(name, ++index)))
        {
            builder.Append(next);
        }

        return builder.ToString();
    }

    private static string Key(string name, int index) =>
        index == 0 ? name : name + "_" + index.ToString(CultureInfo.InvariantCulture);
}
