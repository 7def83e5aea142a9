namespace Monitor.Evaluation.Metrics;

/// <summary>How one label fared over a corpus: (article, label) pairs found, predicted wrongly and missed.</summary>
public sealed record LabelCounts(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>Articles whose gold labels carry the label.</summary>
    public long Gold => TruePositives + FalseNegatives;

    /// <summary>Articles the classifier gave the label.</summary>
    public long Predicted => TruePositives + FalsePositives;
}
