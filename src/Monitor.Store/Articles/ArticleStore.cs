using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Monitor.Classify;
using Monitor.Store.Blobs;
using Monitor.Store.Keys;
using Monitor.Store.Serialization;

namespace Monitor.Store.Articles;

/// <summary>
/// Articles by day, newest first, with idempotent saves: one row per canonical URL, syndicated copies stored as
/// pointers to the first copy, and text too large for a table row kept in Blob Storage.
/// </summary>
/// <remarks>
/// A save writes, in order: the URL index claim, the content hash claim, blobs, the article row, the secondary URL
/// index entry. Every step is an idempotent upsert or a claim that re-reads on conflict, so a save interrupted at any
/// point and repeated (the same queue message delivered again) converges on one complete article.
/// </remarks>
public sealed class ArticleStore
{
    private readonly TableClient _articles;
    private readonly ArticleUrlIndex _urls;
    private readonly ContentHashIndex _hashes;
    private readonly ArticleBlobs _blobs;
    private readonly ArticleContentReader _reader;
    private readonly StorageOptions _options;
    private readonly TimeProvider _timeProvider;

    public ArticleStore(MonitorStorage storage, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _articles = storage.Articles;
        _urls = new ArticleUrlIndex(storage.ArticleUrls);
        _hashes = new ContentHashIndex(storage.ContentHashes);
        _blobs = new ArticleBlobs(storage);
        _reader = new ArticleContentReader(_blobs);
        _options = storage.Options;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Stores <paramref name="article"/> (id, canonical URL, outlet and content hash are assigned here) and, when given,
    /// the page as fetched. Saving the same article again replaces it in place; a classification or event link already
    /// stored is kept when the new save has none (use <see cref="UpdateClassificationAsync"/> to change them).
    /// </summary>
    public async Task<ArticleSaveResult> SaveAsync(StoredArticle article, string? rawHtml = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        article = WithIdentity(article);
        var keyUrl = article.CanonicalUrl!;
        var id = article.Id;
        var filedAt = ArticleKeys.FiledAt(article.Published, article.FetchedAt);
        var proposed = new ArticleLocation(id, ArticleKeys.Partition(filedAt), ArticleKeys.Row(filedAt, id));
        var (location, created) = await _urls.ClaimAsync(id, keyUrl, proposed, cancellationToken);

        var text = article.Text ?? string.Empty;
        var normalizedText = ContentHash.Normalize(text);
        var contentHash = normalizedText.Length == 0 ? null : ContentHash.Of(text);
        var duplicateOf = normalizedText.Length >= _options.MinDuplicateTextLength
            ? await FindFirstCopyAsync(contentHash!, id, cancellationToken)
            : null;

        var stored = article with
        {
            ContentHash = contentHash,
            DuplicateOf = duplicateOf,
            TextLength = text.Length,
        };
        var entity = ArticleEntityMapper.ToEntity(stored, location.PartitionKey, location.RowKey);
        if (duplicateOf is null)
        {
            await WriteContentAsync(entity, id, text, article.Html, rawHtml, cancellationToken);
        }

        await WriteClassificationAsync(entity, id, article.Classification, cancellationToken);
        if (!created)
        {
            await KeepExistingLinksAsync(entity, article, location, cancellationToken);
        }

        await _articles.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);

        var fetchedUrl = UrlCanonicalizer.Canonicalize(article.Url);
        if (fetchedUrl != keyUrl)
        {
            await _urls.SetAsync(ArticleKeys.UrlHash(fetchedUrl), fetchedUrl, location, cancellationToken);
        }

        var outcome = duplicateOf is not null ? ArticleSaveOutcome.Duplicate
            : created ? ArticleSaveOutcome.Created
            : ArticleSaveOutcome.Updated;
        return new ArticleSaveResult(stored with { Text = duplicateOf is null ? article.Text : null, Html = duplicateOf is null ? article.Html : null }, outcome);
    }

    /// <summary>
    /// The article with the id, key URL and outlet a save gives it, without saving: lets the pipeline name the article
    /// (to group it into an event) before its single write.
    /// </summary>
    public static StoredArticle WithIdentity(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var keyUrl = ArticleKeys.KeyUrl(article.Url, article.CanonicalUrl);
        return article with
        {
            Id = ArticleKeys.UrlHash(keyUrl),
            CanonicalUrl = keyUrl,
            Outlet = article.Outlet ?? article.Url.Host.ToLowerInvariant(),
        };
    }

    /// <summary>The article, or null when there is none with this id. Content of a syndicated copy comes from the first copy.</summary>
    public async Task<StoredArticle?> GetAsync(string id, bool includeContent = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var entity = await GetEntityAsync(id, cancellationToken);
        return entity is null ? null : await MaterializeAsync(entity, includeContent, includeContent, cancellationToken);
    }

    /// <summary>The article stored under any spelling of <paramref name="url"/> (fetched or canonical); null when unknown.</summary>
    public async Task<StoredArticle?> FindByUrlAsync(Uri url, bool includeContent = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var location = await _urls.FindAsync(ArticleKeys.UrlHash(UrlCanonicalizer.Canonicalize(url)), cancellationToken);
        var entity = location is null ? null : await GetEntityAsync(location, cancellationToken);
        return entity is null ? null : await MaterializeAsync(entity, includeContent, includeContent, cancellationToken);
    }

    /// <summary>
    /// Whether an article is stored under any spelling of <paramref name="url"/>: the check a poll makes for every item
    /// of a changed feed, so it reads the index entry and the row's keys only, deserialising nothing.
    /// </summary>
    public async Task<bool> ContainsUrlAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var location = await _urls.FindAsync(ArticleKeys.UrlHash(UrlCanonicalizer.Canonicalize(url)), cancellationToken);
        if (location is null)
        {
            return false;
        }

        // The row, not only the index entry: a save that claimed the URL and then failed for good left no article.
        var row = await _articles.GetEntityIfExistsAsync<TableEntity>(location.PartitionKey, location.RowKey, select: ["RowKey"], cancellationToken: cancellationToken);
        return row.HasValue;
    }

    /// <summary>The plain text (the first copy's, for a syndicated copy); null when the article is unknown.</summary>
    public async Task<string?> GetTextAsync(string id, CancellationToken cancellationToken = default) =>
        await GetEntityAsync(id, cancellationToken) is { } entity ? await _reader.TextAsync(entity, this, cancellationToken) : null;

    public async Task<string?> GetHtmlAsync(string id, CancellationToken cancellationToken = default) =>
        await GetEntityAsync(id, cancellationToken) is { } entity ? await _reader.HtmlAsync(entity, this, cancellationToken) : null;

    /// <summary>The page as fetched, when it was saved with the article.</summary>
    public Task<string?> GetRawHtmlAsync(string id, CancellationToken cancellationToken = default) =>
        _blobs.GetRawHtmlAsync(id, cancellationToken);

    /// <summary>Up to <paramref name="take"/> articles filed on <paramref name="day"/> (UTC), newest first.</summary>
    public async Task<IReadOnlyList<StoredArticle>> ListByDayAsync(
        DateOnly day, int take, bool includeText = false, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var result = new List<StoredArticle>(Math.Min(take, 1_000));
        await foreach (var article in QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Day(day)}"), take, includeText, cancellationToken))
        {
            if (result.Count == take)
            {
                break;
            }

            result.Add(article);
        }

        return result;
    }

    /// <summary>Up to <paramref name="take"/> articles of the last <paramref name="days"/> days (today included), newest first.</summary>
    public async Task<IReadOnlyList<StoredArticle>> ListRecentAsync(
        int days, int take, bool includeText = false, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var result = new List<StoredArticle>();
        for (var offset = 0; offset < days && result.Count < take; offset++)
        {
            result.AddRange(await ListByDayAsync(today.AddDays(-offset), take - result.Count, includeText, cancellationToken));
        }

        return result;
    }

    /// <summary>Every article, partition by partition (oldest day first), for reclassification and exports.</summary>
    public IAsyncEnumerable<StoredArticle> ListAllAsync(bool includeText = false, CancellationToken cancellationToken = default) =>
        QueryAsync(filter: null, pageSize: 500, includeText, cancellationToken);

    /// <summary>Replaces the classification and event link of an article; false when the article is unknown.</summary>
    public async Task<bool> UpdateClassificationAsync(
        string id, Classification classification, string? eventId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var location = await _urls.FindAsync(id, cancellationToken);
        if (location is null)
        {
            return false;
        }

        // A merge of a missing row fails with 404, so the row need not be read first (this runs for every relevant article).
        var patch = new TableEntity(location.PartitionKey, location.RowKey) { [ArticleEntityMapper.EventId] = eventId ?? string.Empty };
        await WriteClassificationAsync(patch, id, classification, cancellationToken);
        try
        {
            await _articles.UpdateEntityAsync(patch, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    internal async Task<TableEntity?> GetEntityAsync(string id, CancellationToken cancellationToken)
    {
        var location = await _urls.FindAsync(id, cancellationToken);
        return location is null ? null : await GetEntityAsync(location, cancellationToken);
    }

    private async Task<TableEntity?> GetEntityAsync(ArticleLocation location, CancellationToken cancellationToken)
    {
        var response = await _articles.GetEntityIfExistsAsync<TableEntity>(location.PartitionKey, location.RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async IAsyncEnumerable<StoredArticle> QueryAsync(
        string? filter, int pageSize, bool includeText, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = _articles.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(pageSize, 1, 1_000), cancellationToken: cancellationToken);
        await foreach (var entity in pages)
        {
            yield return await MaterializeAsync(entity, includeText, includeHtml: false, cancellationToken);
        }
    }

    private async Task<StoredArticle> MaterializeAsync(TableEntity entity, bool includeText, bool includeHtml, CancellationToken cancellationToken)
    {
        var article = ArticleEntityMapper.FromEntity(entity);
        if (ArticleEntityMapper.BlobPath(entity, ArticleEntityMapper.ClassificationBlob) is { } classificationPath)
        {
            article = article with { Classification = StoreJson.DeserializeClassification(await _blobs.GetTextAsync(classificationPath, cancellationToken)) };
        }

        return article with
        {
            Text = includeText ? await _reader.TextAsync(entity, this, cancellationToken) : null,
            Html = includeHtml ? await _reader.HtmlAsync(entity, this, cancellationToken) : null,
        };
    }

    /// <summary>The id of an earlier, completely stored article with the same text; null when this article is the first.</summary>
    private async Task<string?> FindFirstCopyAsync(string contentHash, string id, CancellationToken cancellationToken)
    {
        var holder = await _hashes.ClaimAsync(contentHash, id, cancellationToken);
        if (holder == id)
        {
            return null;
        }

        if (await GetEntityAsync(holder, cancellationToken) is { } first && ArticleEntityMapper.FromEntity(first).DuplicateOf is null)
        {
            return holder;
        }

        // The holder's save never finished (or it became a copy itself): this article becomes the first copy.
        await _hashes.TakeOverAsync(contentHash, id, cancellationToken);
        return null;
    }

    private async Task WriteContentAsync(TableEntity entity, string id, string text, string? html, string? rawHtml, CancellationToken cancellationToken)
    {
        var limit = _options.InlineTextLimit;
        html ??= string.Empty;

        // The blobs do not depend on each other: write them at once. The row that points at them is written only
        // after all of them succeeded, so a reader never follows a pointer to a missing blob.
        var textBlob = text.Length > limit ? _blobs.PutTextAsync(id, ArticleBlobs.TextName, text, cancellationToken) : null;
        var htmlBlob = html.Length > limit ? _blobs.PutTextAsync(id, ArticleBlobs.HtmlName, html, cancellationToken) : null;
        var rawBlob = rawHtml is null ? null : _blobs.PutRawHtmlAsync(id, rawHtml, cancellationToken);
        await Task.WhenAll(new[] { textBlob, htmlBlob, rawBlob }.OfType<Task<string>>());

        ArticleEntityMapper.SetContent(entity, "Text", ArticleEntityMapper.TextBlob, textBlob is null ? text : null, textBlob is null ? null : await textBlob);
        ArticleEntityMapper.SetContent(entity, "Html", ArticleEntityMapper.HtmlBlob, htmlBlob is null ? html : null, htmlBlob is null ? null : await htmlBlob);
        if (rawBlob is not null)
        {
            entity[ArticleEntityMapper.RawHtmlBlob] = await rawBlob;
        }
    }

    private async Task WriteClassificationAsync(TableEntity entity, string id, Classification? classification, CancellationToken cancellationToken)
    {
        if (classification is null)
        {
            return;
        }

        var json = StoreJson.Serialize(classification);
        var blob = json.Length > _options.InlineTextLimit
            ? await _blobs.PutTextAsync(id, ArticleBlobs.ClassificationName, json, cancellationToken)
            : null;
        ArticleEntityMapper.SetContent(entity, ArticleEntityMapper.ClassificationJson, ArticleEntityMapper.ClassificationBlob, blob is null ? json : null, blob);
    }

    /// <summary>A repeated save without classification must not erase the one reclassification or grouping wrote.</summary>
    private async Task KeepExistingLinksAsync(TableEntity entity, StoredArticle article, ArticleLocation location, CancellationToken cancellationToken)
    {
        if ((article.Classification is not null && article.EventId is not null) || await GetEntityAsync(location, cancellationToken) is not { } existing)
        {
            return;
        }

        if (article.Classification is null)
        {
            foreach (var property in new[] { ArticleEntityMapper.ClassificationJson, ArticleEntityMapper.ClassificationBlob })
            {
                if (existing.TryGetValue(property, out var value))
                {
                    entity[property] = value;
                }
            }
        }

        if (article.EventId is null && existing.TryGetValue(ArticleEntityMapper.EventId, out var eventId))
        {
            entity[ArticleEntityMapper.EventId] = eventId;
        }
    }
}
