using Monitor.Classify;
using Monitor.Extract;
using Monitor.Store.Articles;

namespace Monitor.Tests.Cli.Support;

/// <summary>Articles for the storage verbs, classified by the real classifier.</summary>
public static class CliSeed
{
    public static ArticleClassifier Classifier { get; } = new(Taxonomy.LoadDefault());

    /// <summary>An article from a TestData/Cli .txt file (first line the title), classified now unless told otherwise.</summary>
    public static StoredArticle Article(string file, string url, DateTimeOffset published, Func<Classification, Classification>? change = null)
    {
        var lines = File.ReadAllLines(CliTestData.Path(file));
        var title = lines[0].Trim();
        var text = string.Join("\n", lines.Skip(1)).Trim();
        var classification = Classifier.Classify(new ClassifyRequest(title, text) { Published = published });
        return new StoredArticle
        {
            Url = new Uri(url),
            Title = title,
            Published = published,
            FetchedAt = published.AddHours(1),
            ExtractionSource = ExtractionSource.Page,
            Text = text,
            Html = string.Empty,
            Classification = change is null ? classification : change(classification),
        };
    }
}
