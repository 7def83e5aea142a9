using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Extract.Batch;

/// <summary>Reads an archived page (.html or .html.gz) into a string, within a size cap, honouring BOM and meta charset.</summary>
internal static partial class ArchivedPageReader
{
    public const string HtmlExtension = ".html";
    public const string GzipExtension = ".html.gz";

    static ArchivedPageReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The page id for a file name, or null when the file is not an archived page.</summary>
    public static string? IdOf(string fileName)
    {
        if (fileName.EndsWith(GzipExtension, StringComparison.OrdinalIgnoreCase))
            return fileName[..^GzipExtension.Length];
        if (fileName.EndsWith(HtmlExtension, StringComparison.OrdinalIgnoreCase))
            return fileName[..^HtmlExtension.Length];
        return null;
    }

    /// <exception cref="InvalidDataException">The file is over the cap or is not valid gzip.</exception>
    public static async Task<string> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            var gzip = path.EndsWith(GzipExtension, StringComparison.OrdinalIgnoreCase);
            Stream source = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
            await using (source.ConfigureAwait(false))
            {
                var bytes = await ReadCappedAsync(source, maxBytes, cancellationToken).ConfigureAwait(false);
                return Decode(bytes);
            }
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            // Checked while reading, after decompression: the archive's own size says nothing about what it inflates to.
            if (buffer.Length + read > maxBytes)
                throw new InvalidDataException($"The page is larger than {maxBytes} bytes.");
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes)
    {
        var encoding = EncodingFromBom(bytes) ?? EncodingFromMeta(bytes) ?? new UTF8Encoding(false);
        var preamble = encoding.GetPreamble();
        var skip = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static Encoding? EncodingFromBom(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(true),
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>The charset a &lt;meta&gt; declares in the first 2 KB (the HTML spec's prescan looks at 1024 bytes; pages overrun it).</summary>
    private static Encoding? EncodingFromMeta(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var match = MetaCharset().Match(head);
        if (!match.Success)
            return null;
        try
        {
            return Encoding.GetEncoding(match.Groups["charset"].Value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
