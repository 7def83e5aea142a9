using Monitor.Evaluation.Metrics;

namespace Monitor.Events.Tests.Evaluation;

public sealed class MetricsTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_the_counts()
    {
        var score = PrecisionRecallF1.FromCounts(truePositives: 2, falsePositives: 1, falseNegatives: 3);

        Assert.Equal(2.0 / 3, score.Precision, 10);
        Assert.Equal(2.0 / 5, score.Recall, 10);
        Assert.Equal(2 * (2.0 / 3) * (2.0 / 5) / ((2.0 / 3) + (2.0 / 5)), score.F1, 10);
    }

    [Theory]
    [InlineData(0, 0, 0, 1, 1, 1)]
    [InlineData(0, 0, 4, 1, 0, 0)]
    [InlineData(0, 4, 0, 0, 1, 0)]
    public void Empty_cases_are_defined(int tp, int fp, int fn, double precision, double recall, double f1)
    {
        Assert.Equal(new PrecisionRecallF1(precision, recall, f1), PrecisionRecallF1.FromCounts(tp, fp, fn));
    }

    [Fact]
    public void Label_scores_count_pairs_of_all_articles_and_average_macro_over_occurring_labels()
    {
        // doc1 gold {agreement, meeting} predicted {agreement}: agreement TP, meeting FN
        // doc2 gold {} (not relevant) predicted {visit}:         visit FP
        // doc3 gold {training} predicted {training, meeting}:   training TP, meeting FP
        // micro: TP 2, FP 2, FN 1 -> P 1/2, R 2/3, F1 4/7
        // per label F1: agreement 1, training 1, meeting 0 (P 0, R 0), visit 0 (P 0, R 1) -> macro 2/4
        var scores = LabelScores.Compute(
        [
            (Set("agreement", "meeting"), Set("agreement")),
            (Set(), Set("visit")),
            (Set("training"), Set("training", "meeting")),
        ]);

        Assert.Equal(0.5, scores.Micro.Precision, 10);
        Assert.Equal(2.0 / 3, scores.Micro.Recall, 10);
        Assert.Equal(4.0 / 7, scores.MicroF1, 10);
        Assert.Equal(0.5, scores.MacroF1, 10);
        Assert.Equal(0, scores.PerLabel["visit"].Precision);
        Assert.Equal(1, scores.PerLabel["visit"].Recall);
    }

    [Fact]
    public void Label_scores_keep_each_labels_pair_counts()
    {
        var scores = LabelScores.Compute(
        [
            (Set("narcotics", "terrorism"), Set("narcotics")),
            (Set("narcotics"), Set("narcotics", "cybercrime")),
            (Set(), Set("cybercrime")),
        ]);

        Assert.Equal(new LabelCounts(2, 0, 0), scores.Counts["narcotics"]);
        Assert.Equal(new LabelCounts(0, 0, 1), scores.Counts["terrorism"]);
        Assert.Equal(new LabelCounts(0, 2, 0), scores.Counts["cybercrime"]);
        Assert.Equal(2, scores.Counts["cybercrime"].Predicted);
        Assert.Equal(1, scores.Counts["terrorism"].Gold);
    }

    [Fact]
    public void Macro_average_ignores_labels_outside_the_vocabulary_but_micro_counts_them()
    {
        // doc1 gold {narcotics} predicted {narcotics, gossip}: TP 1, FP 1 -> micro P 1/2, R 1, F1 2/3; macro only narcotics = 1
        var scores = LabelScores.Compute([(Set("narcotics"), Set("narcotics", "gossip"))], ["narcotics", "terrorism"]);

        Assert.Equal(2.0 / 3, scores.MicroF1, 10);
        Assert.Equal(1, scores.MacroF1, 10);
    }

    [Fact]
    public void Pairwise_clustering_counts_pairs_within_gold_keys_and_predicted_events()
    {
        // gold k1 = {a, b, c} -> 3 pairs; k2 = {e} -> 0 pairs
        // predicted E1 = {a, b} -> 1 pair (ab, also gold); E2 = {c, d} -> 1 pair (cd, not gold)
        // TP 1, FP 1, FN 2 (ac, bc) -> P 1/2, R 1/3, F1 2/5
        var score = PairwiseClustering.Score(
        [
            ("k1", "E1"),
            ("k1", "E1"),
            ("k1", "E2"),
            (null, "E2"),
            ("k2", null),
            (null, null),
        ]);

        Assert.Equal(0.5, score.Precision, 10);
        Assert.Equal(1.0 / 3, score.Recall, 10);
        Assert.Equal(0.4, score.F1, 10);
    }

    private static HashSet<string> Set(params string[] labels) => new(labels, StringComparer.Ordinal);
}
