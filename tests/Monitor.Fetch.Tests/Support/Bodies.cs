using System.IO.Compression;

namespace Monitor.Fetch.Tests.Support;

/// <summary>Synthetic bodies generated in code: their content does not matter, only their shape.</summary>
internal static class Bodies
{
    private static readonly Lazy<byte[]> _gzipBomb = new(() => Gzip(zeroBytes: 200L * 1024 * 1024));

    /// <summary>About 200 KB of gzip that inflates to 200 MB of zeros.</summary>
    public static byte[] GzipBomb => _gzipBomb.Value;

    public static byte[] Gzip(long zeroBytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0L; written < zeroBytes; written += zeros.Length)
                gzip.Write(zeros, 0, (int)Math.Min(zeros.Length, zeroBytes - written));
        }
        return output.ToArray();
    }

    public static byte[] Compress(byte[] content, string contentEncoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = contentEncoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            // HTTP "deflate" is the zlib format (RFC 9110), not raw deflate.
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(contentEncoding), contentEncoding, null),
        })
        {
            compressor.Write(content);
        }
        return output.ToArray();
    }
}
