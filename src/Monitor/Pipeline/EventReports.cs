using Monitor.Classify;
using Monitor.Events;
using Monitor.Store.Articles;

namespace Monitor.Pipeline;

/// <summary>How a stored article reports to event grouping, the same for the live pipeline and for reclassification.</summary>
public static class EventReports
{
    public static EventReport For(StoredArticle article, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new EventReport
        {
            ArticleId = article.Id,
            Url = article.CanonicalUrl ?? article.Url,
            Outlet = article.Outlet,
            Title = article.Title,
            Published = article.Published,
            Classification = classification,
        };
    }
}
