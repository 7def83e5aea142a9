namespace Monitor.Store.Articles;

public enum ArticleSaveOutcome
{
    /// <summary>A new article, content stored.</summary>
    Created,
    /// <summary>The article was already stored under its canonical URL and has been replaced in place.</summary>
    Updated,
    /// <summary>The text was already stored under another URL: a lightweight record pointing at the first copy.</summary>
    Duplicate,
}

/// <summary>What <see cref="ArticleStore.SaveAsync"/> did, and the article as stored (ids and hashes filled in).</summary>
public sealed record ArticleSaveResult(StoredArticle Article, ArticleSaveOutcome Outcome);
