using Azure.Data.Tables;
using Monitor.Extract;
using Monitor.Store.Serialization;
using Monitor.Store.Tables;

namespace Monitor.Store.Articles;

/// <summary>
/// Maps <see cref="StoredArticle"/> to and from a row of the Articles table. Content that lives in Blob Storage is
/// referenced by <c>TextBlob</c>, <c>HtmlBlob</c>, <c>RawHtmlBlob</c> and <c>ClassificationBlob</c> paths; an empty
/// string means "not there" (a merge cannot delete a property).
/// </summary>
internal static class ArticleEntityMapper
{
    public const string TextBlob = "TextBlob";
    public const string HtmlBlob = "HtmlBlob";
    public const string RawHtmlBlob = "RawHtmlBlob";
    public const string ClassificationJson = "Classification";
    public const string ClassificationBlob = "ClassificationBlob";
    public const string EventId = "EventId";

    /// <summary>The metadata columns; content columns are added by the store once it knows where content goes.</summary>
    public static TableEntity ToEntity(StoredArticle article, string partitionKey, string rowKey) => new(partitionKey, rowKey)
    {
        ["Id"] = article.Id,
        ["Url"] = TableValues.Clip(article.Url.AbsoluteUri, TableValues.MaxStringLength),
        ["CanonicalUrl"] = TableValues.Clip(article.CanonicalUrl?.AbsoluteUri, TableValues.MaxStringLength),
        ["FeedId"] = TableValues.Clip(article.FeedId, 200),
        ["Outlet"] = TableValues.Clip(article.Outlet, 300),
        ["Title"] = TableValues.Clip(article.Title, 2_000),
        ["Published"] = TableValues.Date(article.Published),
        ["FetchedAt"] = TableValues.Date(article.FetchedAt),
        ["Language"] = TableValues.Clip(article.Language, 50),
        ["Byline"] = TableValues.Clip(article.Byline, 500),
        ["Excerpt"] = TableValues.Clip(article.Excerpt, 4_000),
        ["ContentHash"] = article.ContentHash,
        ["DuplicateOf"] = article.DuplicateOf,
        ["ExtractionSource"] = article.ExtractionSource.ToString(),
        ["ExtractionError"] = TableValues.Clip(article.ExtractionError, 4_000),
        [EventId] = TableValues.Clip(article.EventId, 500),
        ["TextLength"] = article.TextLength,
    };

    /// <summary>The article's metadata and inline content; blob-held content stays null (see <see cref="BlobPath"/>).</summary>
    public static StoredArticle FromEntity(TableEntity entity) => new()
    {
        Id = entity.GetString("Id") ?? string.Empty,
        Url = new Uri(entity.GetString("Url") ?? throw new InvalidDataException($"Article row '{entity.RowKey}' has no URL.")),
        CanonicalUrl = entity.GetString("CanonicalUrl") is { Length: > 0 } canonical ? new Uri(canonical) : null,
        FeedId = entity.GetString("FeedId"),
        Outlet = entity.GetString("Outlet"),
        Title = entity.GetString("Title") ?? string.Empty,
        Published = entity.GetDateTimeOffset("Published"),
        FetchedAt = entity.GetDateTimeOffset("FetchedAt") ?? TableValues.MinDate,
        Language = entity.GetString("Language"),
        Byline = entity.GetString("Byline"),
        Excerpt = entity.GetString("Excerpt"),
        ContentHash = entity.GetString("ContentHash"),
        DuplicateOf = NullIfEmpty(entity.GetString("DuplicateOf")),
        ExtractionSource = Enum.TryParse<ExtractionSource>(entity.GetString("ExtractionSource"), out var source) ? source : ExtractionSource.None,
        ExtractionError = entity.GetString("ExtractionError"),
        Classification = StoreJson.DeserializeClassification(entity.GetString(ClassificationJson)),
        EventId = NullIfEmpty(entity.GetString(EventId)),
        TextLength = entity.GetInt32("TextLength") ?? 0,
    };

    public static string? InlineText(TableEntity entity) => NullIfEmpty(entity.GetString("Text"));

    public static string? InlineHtml(TableEntity entity) => NullIfEmpty(entity.GetString("Html"));

    public static string? BlobPath(TableEntity entity, string property) => NullIfEmpty(entity.GetString(property));

    /// <summary>Puts <paramref name="inlineValue"/> under <paramref name="inlineProperty"/>, or records <paramref name="blobPath"/>.</summary>
    public static void SetContent(TableEntity entity, string inlineProperty, string blobProperty, string? inlineValue, string? blobPath)
    {
        entity[inlineProperty] = inlineValue ?? string.Empty;
        entity[blobProperty] = blobPath ?? string.Empty;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
