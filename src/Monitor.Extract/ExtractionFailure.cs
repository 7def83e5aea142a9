namespace Monitor.Extract;

/// <summary>A typed reason the page itself cannot be used; becomes <see cref="ExtractedArticle.Error"/>.</summary>
public sealed record ExtractionFailure(ExtractionErrorKind Kind, string Message);
