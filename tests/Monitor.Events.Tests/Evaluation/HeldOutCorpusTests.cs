using Monitor.Classify;
using Monitor.Evaluation;

namespace Monitor.Events.Tests.Evaluation;

/// <summary>
/// The held-out corpus (TestData/Corpus/holdout.jsonl), written apart from the classifier's tuning and never
/// tuned against. The floors sit well below the measured scores (README, "Classification quality"): they catch a
/// change that breaks generalisation, not a point lost on one article.
/// </summary>
public sealed class HeldOutCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "TestData", "Corpus", "holdout.jsonl");

    [Fact]
    public async Task The_Held_Out_Corpus_Scores_Above_Its_Floors()
    {
        var taxonomy = Taxonomy.LoadDefault();
        var report = await new CorpusEvaluator(new ArticleClassifier(taxonomy), taxonomy).EvaluateFileAsync(Corpus);

        Assert.Equal(47, report.Documents);
        Assert.True(report.Relevance.F1 >= 0.90, $"relevance F1 {report.Relevance.F1}");
        Assert.True(report.EventTypes.MicroF1 >= 0.75, $"event types micro-F1 {report.EventTypes.MicroF1}");
        Assert.True(report.Domains.MicroF1 >= 0.70, $"domains micro-F1 {report.Domains.MicroF1}");
        Assert.True(report.Partners.F1 >= 0.75, $"partners F1 {report.Partners.F1}");
        Assert.True(report.Clustering.F1 >= 0.80, $"same-event pairwise F1 {report.Clustering.F1}");
    }
}
