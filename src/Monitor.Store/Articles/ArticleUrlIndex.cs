using Azure;
using Azure.Data.Tables;

namespace Monitor.Store.Articles;

/// <summary>
/// URL hash -> article location (ArticleUrls table). The first writer of a hash fixes the article's row for good,
/// which is what makes a repeated save land on the same row even if the article's dates changed in between.
/// </summary>
internal sealed class ArticleUrlIndex(TableClient table)
{
    /// <summary>Records <paramref name="proposed"/> for <paramref name="urlHash"/> unless a location is already there.</summary>
    /// <returns>The location in force, and whether this call created it.</returns>
    /// <remarks>Insert first: a new article (the usual case) costs one request; only a repeated save reads the entry back.</remarks>
    public async Task<(ArticleLocation Location, bool Created)> ClaimAsync(
        string urlHash, Uri url, ArticleLocation proposed, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await table.AddEntityAsync(ToEntity(urlHash, url, proposed), cancellationToken);
                return (proposed, true);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Claimed before (an earlier delivery, or another writer just now): that location stays in force.
            }

            if (await FindAsync(urlHash, cancellationToken) is { } existing)
            {
                return (existing, false);
            }

            // Removed between our insert and read: claim again.
        }
    }

    /// <summary>Points <paramref name="urlHash"/> at <paramref name="location"/>, replacing any older entry.</summary>
    public async Task SetAsync(string urlHash, Uri url, ArticleLocation location, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(ToEntity(urlHash, url, location), TableUpdateMode.Replace, cancellationToken);

    public async Task<ArticleLocation?> FindAsync(string urlHash, CancellationToken cancellationToken)
    {
        if (urlHash.Length == 0 || !Keys.TableKeys.IsValid(urlHash))
        {
            // Ids come from callers (CLI, HTTP); one that could never be a key names no article.
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<TableEntity>(ArticleKeys.IndexPartition(urlHash), urlHash, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var entity = response.Value!;
        return new ArticleLocation(
            entity.GetString("ArticleId") ?? urlHash,
            entity.GetString("ArticlePartition") ?? string.Empty,
            entity.GetString("ArticleRow") ?? string.Empty);
    }

    private static TableEntity ToEntity(string urlHash, Uri url, ArticleLocation location) =>
        new(ArticleKeys.IndexPartition(urlHash), urlHash)
        {
            ["ArticleId"] = location.ArticleId,
            ["ArticlePartition"] = location.PartitionKey,
            ["ArticleRow"] = location.RowKey,
            ["Url"] = Tables.TableValues.Clip(url.AbsoluteUri, Tables.TableValues.MaxStringLength),
        };
}
