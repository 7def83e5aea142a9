using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Monitor.Store;

/// <summary>
/// The storage account as the monitor uses it: one client per table and the article container, created once and shared
/// (the SDK clients are thread-safe). Call <see cref="EnsureCreatedAsync"/> at start-up.
/// </summary>
public sealed class MonitorStorage
{
    public MonitorStorage(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        var tableOptions = new TableClientOptions();
        Configure(tableOptions.Retry, Options);
        var blobOptions = new BlobClientOptions();
        Configure(blobOptions.Retry, Options);

        TableService = new TableServiceClient(Options.ConnectionString, tableOptions);
        BlobService = new BlobServiceClient(Options.ConnectionString, blobOptions);
        Feeds = TableService.GetTableClient(Options.Table(Options.FeedsTable));
        Articles = TableService.GetTableClient(Options.Table(Options.ArticlesTable));
        ArticleUrls = TableService.GetTableClient(Options.Table(Options.ArticleUrlsTable));
        ContentHashes = TableService.GetTableClient(Options.Table(Options.ContentHashesTable));
        Events = TableService.GetTableClient(Options.Table(Options.EventsTable));
        EventIndex = TableService.GetTableClient(Options.Table(Options.EventIndexTable));
        ArticleBlobs = BlobService.GetBlobContainerClient(Options.Container(Options.BlobContainer));
    }

    public StorageOptions Options { get; }

    public TableServiceClient TableService { get; }

    public BlobServiceClient BlobService { get; }

    public TableClient Feeds { get; }

    public TableClient Articles { get; }

    public TableClient ArticleUrls { get; }

    public TableClient ContentHashes { get; }

    public TableClient Events { get; }

    public TableClient EventIndex { get; }

    public BlobContainerClient ArticleBlobs { get; }

    /// <summary>Creates every table and the container when missing; safe to call on each start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in new[] { Feeds, Articles, ArticleUrls, ContentHashes, Events, EventIndex })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        await ArticleBlobs.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    private static void Configure(RetryOptions retry, StorageOptions options)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = options.MaxRetries;
        retry.Delay = options.RetryDelay;
        retry.MaxDelay = options.MaxRetryDelay;
    }
}
