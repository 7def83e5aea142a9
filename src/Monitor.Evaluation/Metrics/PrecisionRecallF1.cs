namespace Monitor.Evaluation.Metrics;

/// <summary>Precision, recall and F1 from counts of true positives, false positives and false negatives.</summary>
/// <remarks>
/// Empty cases are defined, not NaN: with nothing predicted precision is 1 (no wrong prediction was made), with nothing
/// in gold recall is 1 (nothing was missed); F1 is their harmonic mean, 0 when both are 0. So "nothing to find and
/// nothing found" scores 1, and "nothing found but something to find" scores P=1, R=0, F1=0.
/// </remarks>
public sealed record PrecisionRecallF1(double Precision, double Recall, double F1)
{
    public static PrecisionRecallF1 FromCounts(long truePositives, long falsePositives, long falseNegatives)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(truePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falsePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falseNegatives);
        var predicted = truePositives + falsePositives;
        var gold = truePositives + falseNegatives;
        var precision = predicted == 0 ? 1.0 : (double)truePositives / predicted;
        var recall = gold == 0 ? 1.0 : (double)truePositives / gold;
        return new PrecisionRecallF1(precision, recall, HarmonicMean(precision, recall));
    }

    public static double HarmonicMean(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
