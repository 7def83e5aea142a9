namespace Monitor.Evaluation.Metrics;

/// <summary>Scores of a multi-label field (event types, domains, partners) over (article, label) pairs.</summary>
public sealed record LabelScores(PrecisionRecallF1 Micro, double MacroF1, IReadOnlyDictionary<string, PrecisionRecallF1> PerLabel)
{
    public double MicroF1 => Micro.F1;

    /// <summary>The pair counts behind <see cref="PerLabel"/>, so a report can show how often each label occurs.</summary>
    public IReadOnlyDictionary<string, LabelCounts> Counts { get; init; } = new Dictionary<string, LabelCounts>(StringComparer.Ordinal);

    /// <summary>
    /// Micro scores count every (article, label) pair, so a label predicted for an article whose gold list is empty is a
    /// false positive. Macro F1 averages the per-label F1 over the labels that occur in gold or prediction, restricted
    /// to <paramref name="vocabulary"/> when one is given; with no such label it is 1 (nothing to find, nothing found).
    /// </summary>
    public static LabelScores Compute(
        IReadOnlyList<(IReadOnlySet<string> Gold, IReadOnlySet<string> Predicted)> articles,
        IReadOnlyCollection<string>? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var counts = new Dictionary<string, (long Tp, long Fp, long Fn)>(StringComparer.Ordinal);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (gold, predicted) in articles)
        {
            foreach (var label in gold.Union(predicted))
            {
                var inGold = gold.Contains(label);
                var inPredicted = predicted.Contains(label);
                var (ltp, lfp, lfn) = counts.GetValueOrDefault(label);
                if (inGold && inPredicted)
                {
                    tp++;
                    ltp++;
                }
                else if (inPredicted)
                {
                    fp++;
                    lfp++;
                }
                else
                {
                    fn++;
                    lfn++;
                }

                counts[label] = (ltp, lfp, lfn);
            }
        }

        var perLabel = counts.ToDictionary(
            kv => kv.Key,
            kv => PrecisionRecallF1.FromCounts(kv.Value.Tp, kv.Value.Fp, kv.Value.Fn),
            StringComparer.Ordinal);
        var macroLabels = vocabulary is null
            ? perLabel.Keys.ToList()
            : perLabel.Keys.Where(vocabulary.Contains).ToList();
        var macro = macroLabels.Count == 0 ? 1.0 : macroLabels.Average(label => perLabel[label].F1);
        return new LabelScores(PrecisionRecallF1.FromCounts(tp, fp, fn), macro, perLabel)
        {
            Counts = counts.ToDictionary(kv => kv.Key, kv => new LabelCounts(kv.Value.Tp, kv.Value.Fp, kv.Value.Fn), StringComparer.Ordinal),
        };
    }
}
