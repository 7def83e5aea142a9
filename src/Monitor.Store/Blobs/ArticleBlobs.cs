using System.IO.Compression;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Monitor.Store.Blobs;

/// <summary>
/// The large parts of an article in Blob Storage, under <c>{articleId}/</c>: <c>text.txt</c>, <c>content.html</c>,
/// <c>raw.html.gz</c> and <c>classification.json</c>. Uploads overwrite, so repeating a save is harmless.
/// </summary>
public sealed class ArticleBlobs(MonitorStorage storage)
{
    public const string TextName = "text.txt";
    public const string HtmlName = "content.html";
    public const string RawHtmlName = "raw.html.gz";
    public const string ClassificationName = "classification.json";

    private readonly BlobContainerClient _container = storage.ArticleBlobs;

    public static string PathFor(string articleId, string name) => articleId + "/" + name;

    public async Task<string> PutTextAsync(string articleId, string name, string content, CancellationToken cancellationToken = default)
    {
        var path = PathFor(articleId, name);
        var contentType = name.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8"
            : name.EndsWith(".json", StringComparison.Ordinal) ? "application/json; charset=utf-8"
            : "text/plain; charset=utf-8";
        await _container.GetBlobClient(path).UploadAsync(
            BinaryData.FromString(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
        return path;
    }

    /// <summary>The blob at <paramref name="path"/> as UTF-8 text; null when it does not exist.</summary>
    public async Task<string?> GetTextAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _container.GetBlobClient(path).DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Stores the page as fetched, gzip-compressed: kept for re-extraction, never read on the hot path.</summary>
    /// <remarks>Typed application/gzip rather than Content-Encoding gzip so no HTTP layer inflates it on the way back.</remarks>
    public async Task<string> PutRawHtmlAsync(string articleId, string rawHtml, CancellationToken cancellationToken = default)
    {
        var path = PathFor(articleId, RawHtmlName);
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(rawHtml), cancellationToken);
        }

        buffer.Position = 0;
        await _container.GetBlobClient(path).UploadAsync(
            buffer,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/gzip" } },
            cancellationToken);
        return path;
    }

    public async Task<string?> GetRawHtmlAsync(string articleId, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _container.GetBlobClient(PathFor(articleId, RawHtmlName)).DownloadContentAsync(cancellationToken);
            await using var gzip = new GZipStream(result.Value.Content.ToStream(), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
