using System.Buffers;

namespace Monitor.Fetch;

/// <summary>
/// Reads a (already decompressed) body stream into memory, stopping as soon as it exceeds the cap, so a
/// small gzip that inflates to hundreds of megabytes costs at most the cap in memory.
/// </summary>
internal static class BoundedBodyReader
{
    private const int InitialBufferBytes = 64 * 1024;
    private const int ReadChunkBytes = 64 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, long? contentLength, CancellationToken cancellationToken)
    {
        if (contentLength > maxBytes)
            return null;

        // Rent one byte beyond the cap: filling it is how "over the cap" is noticed without reading on.
        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var initial = (int)Math.Min(limit, Math.Max(contentLength ?? InitialBufferBytes, 1));
        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= limit)
                        return null;
                    buffer = Grow(buffer, length, limit);
                }

                var window = Math.Min(buffer.Length - length, ReadChunkBytes);
                var read = await stream.ReadAsync(buffer.AsMemory(length, window), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                    return buffer.AsSpan(0, length).ToArray();
                length += read;
                if (length > maxBytes)
                    return null;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int limit)
    {
        var size = (int)Math.Min((long)buffer.Length * 2, limit);
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
