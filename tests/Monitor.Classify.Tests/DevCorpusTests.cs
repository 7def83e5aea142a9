using System.Text.Json;
using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

public class DevCorpusTests
{
    /// <summary>
    /// Floors a little under today's accuracy (dev 0.99, dev-long 0.93, dev-long-2 0.95), so a rule change that costs
    /// several articles fails here before anyone runs eval.
    /// </summary>
    [Theory]
    [InlineData("dev.jsonl", 0.95)]
    [InlineData("dev-long.jsonl", 0.85)]
    [InlineData("dev-long-2.jsonl", 0.88)]
    public void Relevance_Accuracy_On_A_Development_Corpus_Stays_Above_The_Floor(string file, double floor)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Corpus", file);
        var total = 0;
        var correct = 0;
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
            DateTimeOffset? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
            var watch = root.TryGetProperty("watch", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
            var result = TestClassifier.Article(root.GetProperty("title").GetString() ?? string.Empty, text, published, watch);
            total++;
            correct += result.Relevant == root.GetProperty("labels").GetProperty("relevant").GetBoolean() ? 1 : 0;
        }

        Assert.True(total > 20, "the development corpus should hold a few dozen articles");
        Assert.True(correct >= floor * total, $"relevance accuracy {correct}/{total}");
    }

    [Fact]
    public void Benchmark_Api_Classifies_Every_Article_Each_Iteration()
    {
        var articles = new[]
        {
            new ClassifyRequest("Libya and Italy sign pact on migrant smuggling", "Libya and Italy signed an agreement on migrant smuggling."),
            new ClassifyRequest("Weather", "Sunny in Tripoli."),
        };

        var result = ClassifierBenchmark.Run(TestClassifier.Classifier, articles, iterations: 2);

        Assert.Equal(2, result.Articles);
        Assert.Equal(2, result.Iterations);
        Assert.Equal(1, result.RelevantPerIteration);
    }
}
