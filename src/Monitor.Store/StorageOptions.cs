namespace Monitor.Store;

/// <summary>Where the monitor keeps its state: one storage account, tables for records, a container for large text.</summary>
/// <remarks>
/// Table names must be 3-63 letters or digits starting with a letter; container names 3-63 lower-case letters, digits
/// and dashes. <see cref="NamePrefix"/> is prepended to every name so several instances (or tests) can share one account.
/// </remarks>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prepended to every table and container name; letters and digits only (lower-case for containers).</summary>
    public string NamePrefix { get; set; } = string.Empty;

    public string FeedsTable { get; set; } = "Feeds";

    public string ArticlesTable { get; set; } = "Articles";

    /// <summary>Canonical URL hash -> article key; makes saves idempotent and URL look-ups point reads.</summary>
    public string ArticleUrlsTable { get; set; } = "ArticleUrls";

    /// <summary>Content hash -> first article with that text; detects syndicated copies.</summary>
    public string ContentHashesTable { get; set; } = "ContentHashes";

    public string EventsTable { get; set; } = "Events";

    /// <summary>Country and day -> event ids; candidate look-ups read only the buckets of a date window.</summary>
    public string EventIndexTable { get; set; } = "EventIndex";

    public string BlobContainer { get; set; } = "articles";

    /// <summary>Text and HTML longer than this (UTF-16 chars) go to Blob Storage; a table string holds at most ~32K.</summary>
    public int InlineTextLimit { get; set; } = 16_000;

    /// <summary>Texts shorter than this are never treated as syndicated copies: short fallbacks collide by accident.</summary>
    public int MinDuplicateTextLength { get; set; } = 200;

    /// <summary>Retries of each storage request on transient failures (timeouts, 5xx, refused connections).</summary>
    public int MaxRetries { get; set; } = 5;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts of a read-modify-write (e.g. <see cref="Feeds.FeedStore.UpdateAsync"/>) when another writer wins.</summary>
    public int ConcurrencyRetries { get; set; } = 10;

    internal string Table(string name) => NamePrefix + name;

    internal string Container(string name) => (NamePrefix + name).ToLowerInvariant();
}
