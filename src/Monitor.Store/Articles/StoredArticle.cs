using Monitor.Classify;
using Monitor.Extract;

namespace Monitor.Store.Articles;

/// <summary>An article as the monitor keeps it: what was fetched, what was extracted and what the classifier said.</summary>
/// <remarks>
/// On save, <see cref="Text"/> and <see cref="Html"/> carry the content; the store decides what stays inline and what goes
/// to Blob Storage. On read, <see cref="ArticleStore.GetAsync"/> fills both; list queries leave them null (cheap to list)
/// unless asked for text. A syndicated copy (<see cref="DuplicateOf"/> set) keeps no content of its own.
/// </remarks>
public sealed record StoredArticle
{
    /// <summary>Assigned by <see cref="ArticleStore.SaveAsync"/> from the canonical URL (<see cref="ArticleKeys.IdFor"/>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The URL the article was fetched from (after the feed's link, before the page's canonical link).</summary>
    public required Uri Url { get; init; }

    /// <summary>The canonical form of the URL the article is keyed on; set by the store.</summary>
    public Uri? CanonicalUrl { get; init; }

    public string? FeedId { get; init; }

    /// <summary>The outlet's host name; the store derives it from <see cref="Url"/> when not given.</summary>
    public string? Outlet { get; init; }

    public required string Title { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset FetchedAt { get; init; }

    public string? Language { get; init; }

    public string? Byline { get; init; }

    public string? Excerpt { get; init; }

    /// <summary><see cref="Keys.ContentHash.Of"/> of the text; set by the store.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The id of the first stored copy when this one is a syndicated duplicate of it.</summary>
    public string? DuplicateOf { get; init; }

    public ExtractionSource ExtractionSource { get; init; }

    public string? ExtractionError { get; init; }

    public Classification? Classification { get; init; }

    public string? EventId { get; init; }

    /// <summary>Plain text; see the remarks for when reads fill it.</summary>
    public string? Text { get; init; }

    /// <summary>Sanitised HTML; see the remarks for when reads fill it.</summary>
    public string? Html { get; init; }

    /// <summary>Length of the text in chars, known even when the text itself is not loaded.</summary>
    public int TextLength { get; init; }

    /// <summary>An article ready to save from the extraction of a fetched page.</summary>
    public static StoredArticle FromExtraction(
        Uri url, ExtractedArticle extracted, DateTimeOffset fetchedAt, string? feedId = null, Classification? classification = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(extracted);
        return new StoredArticle
        {
            Url = url,
            CanonicalUrl = extracted.CanonicalUrl,
            FeedId = feedId,
            Title = extracted.Title,
            Published = extracted.Published,
            FetchedAt = fetchedAt,
            Language = extracted.Language,
            Byline = extracted.Byline,
            Excerpt = extracted.Excerpt,
            ExtractionSource = extracted.Source,
            ExtractionError = extracted.Error,
            Classification = classification,
            Text = extracted.Text,
            Html = extracted.Html,
        };
    }
}
