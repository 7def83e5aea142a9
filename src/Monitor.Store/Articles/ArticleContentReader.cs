using Azure.Data.Tables;
using Monitor.Store.Blobs;

namespace Monitor.Store.Articles;

/// <summary>Reads an article's text and HTML from its row or its blobs, following a syndicated copy to the first copy.</summary>
internal sealed class ArticleContentReader(ArticleBlobs blobs)
{
    public Task<string?> TextAsync(TableEntity entity, ArticleStore store, CancellationToken cancellationToken) =>
        ReadAsync(entity, store, ArticleEntityMapper.InlineText, ArticleEntityMapper.TextBlob, cancellationToken);

    public Task<string?> HtmlAsync(TableEntity entity, ArticleStore store, CancellationToken cancellationToken) =>
        ReadAsync(entity, store, ArticleEntityMapper.InlineHtml, ArticleEntityMapper.HtmlBlob, cancellationToken);

    private async Task<string?> ReadAsync(
        TableEntity entity, ArticleStore store, Func<TableEntity, string?> inline, string blobProperty, CancellationToken cancellationToken)
    {
        var source = entity;
        if (entity.GetString("DuplicateOf") is { Length: > 0 } firstId)
        {
            // Copies point at a first copy that is never itself a copy, so one hop is enough.
            source = await store.GetEntityAsync(firstId, cancellationToken);
            if (source is null)
            {
                return null;
            }
        }

        if (ArticleEntityMapper.BlobPath(source, blobProperty) is { } path)
        {
            return await blobs.GetTextAsync(path, cancellationToken);
        }

        return inline(source) ?? string.Empty;
    }
}
