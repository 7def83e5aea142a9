using System.Text.Json;
using Monitor.Classify;
using Monitor.Evaluation;

namespace Monitor.Events.Tests.Evaluation;

/// <summary>The real classifier and taxonomy over a small corpus of our own articles, as the eval command runs it.</summary>
public sealed class EndToEndEvaluationTests
{
    private static readonly string CorpusPath = Path.Combine(AppContext.BaseDirectory, "TestData", "mini-corpus.jsonl");

    [Fact]
    public async Task Reports_of_one_event_in_two_languages_and_spellings_land_in_one_event()
    {
        var taxonomy = Taxonomy.LoadDefault();
        var evaluator = new CorpusEvaluator(new ArticleClassifier(taxonomy), taxonomy);

        var report = await evaluator.EvaluateFileAsync(CorpusPath);

        var english = report.Articles.Single(a => a.Id == "it-en");
        var french = report.Articles.Single(a => a.Id == "it-fr");
        Assert.NotNull(english.PredictedEventId);
        Assert.Equal(english.PredictedEventId, french.PredictedEventId);
        Assert.NotEqual(english.PredictedEventId, report.Articles.Single(a => a.Id == "unodc").PredictedEventId);
        Assert.Null(report.Articles.Single(a => a.Id == "opinion").PredictedEventId);
        Assert.Equal(1, report.Clustering.Recall, 10);
        Assert.Equal(1, report.Clustering.Precision, 10);
        Assert.Empty(english.MissedPartners);
    }

    [Fact]
    public async Task Scores_the_corpus_into_the_contract_json()
    {
        var taxonomy = Taxonomy.LoadDefault();
        var evaluator = new CorpusEvaluator(new ArticleClassifier(taxonomy), taxonomy);

        var report = await evaluator.EvaluateFileAsync(CorpusPath);
        using var json = JsonDocument.Parse(report.ToJson());

        Assert.Equal(6, json.RootElement.GetProperty("documents").GetInt32());
        Assert.False(report.Articles.Single(a => a.Id == "sport").PredictedRelevant);
        Assert.InRange(json.RootElement.GetProperty("relevance").GetProperty("f1").GetDouble(), 0.0, 1.0);
    }
}
