namespace Monitor.Store.Articles;

/// <summary>Where an article's row is: what the URL index stores for each URL hash.</summary>
internal sealed record ArticleLocation(string ArticleId, string PartitionKey, string RowKey);
