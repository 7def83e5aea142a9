namespace Monitor.Extract.Batch;

/// <summary>One archived page: its id (the file name without .html / .html.gz) and what was extracted.</summary>
public sealed record BatchPageResult(string Id, string FilePath, ExtractedArticle Article)
{
    public bool Failed => Article.Source != ExtractionSource.Page;
}

/// <summary>Every page of a directory, ordered by id (ordinal).</summary>
public sealed record BatchExtractionResult(IReadOnlyList<BatchPageResult> Pages)
{
    public int FailedCount => Pages.Count(p => p.Failed);
}
