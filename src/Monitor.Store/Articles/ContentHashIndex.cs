using Azure;
using Azure.Data.Tables;

namespace Monitor.Store.Articles;

/// <summary>Content hash -> id of the first article stored with that text (ContentHashes table).</summary>
internal sealed class ContentHashIndex(TableClient table)
{
    /// <summary>Claims <paramref name="contentHash"/> for <paramref name="articleId"/> unless another article holds it.</summary>
    /// <returns>The id of the article holding the hash: <paramref name="articleId"/> itself or the first copy.</returns>
    /// <remarks>Insert first: a text never seen before (the usual case) costs one request.</remarks>
    public async Task<string> ClaimAsync(string contentHash, string articleId, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await table.AddEntityAsync(ToEntity(contentHash, articleId), cancellationToken);
                return articleId;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Held already: by this article on a repeated save, or by the first copy of a syndicated text.
            }

            var response = await table.GetEntityIfExistsAsync<TableEntity>(
                ArticleKeys.IndexPartition(contentHash), contentHash, cancellationToken: cancellationToken);
            if (response.HasValue)
            {
                return response.Value!.GetString("ArticleId") ?? articleId;
            }
        }
    }

    /// <summary>Hands the hash to <paramref name="articleId"/>: used when the holder was never completely stored.</summary>
    public async Task TakeOverAsync(string contentHash, string articleId, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(ToEntity(contentHash, articleId), TableUpdateMode.Replace, cancellationToken);

    private static TableEntity ToEntity(string contentHash, string articleId) =>
        new(ArticleKeys.IndexPartition(contentHash), contentHash) { ["ArticleId"] = articleId };
}
