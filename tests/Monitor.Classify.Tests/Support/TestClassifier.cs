namespace Monitor.Classify.Tests.Support;

/// <summary>One shared classifier over the embedded taxonomy (it is immutable and thread-safe).</summary>
internal static class TestClassifier
{
    public static readonly ArticleClassifier Classifier = new(Taxonomy.LoadDefault());

    public static Classification Article(string title, string text, DateTimeOffset? published = null, string? watch = null) =>
        Classifier.Classify(new ClassifyRequest(title, text) { Published = published, WatchedCountry = watch });
}
