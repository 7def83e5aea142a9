namespace Monitor.Evaluation.Metrics;

/// <summary>Pairwise precision/recall of a clustering against gold groups.</summary>
/// <remarks>
/// Over the articles that have a gold key or a predicted cluster: a pair is gold-positive when both share a gold key,
/// predicted-positive when both share a predicted cluster. Pairs are counted per group (n choose 2) rather than
/// enumerated, so the cost is linear in the number of articles.
/// </remarks>
public static class PairwiseClustering
{
    public static PrecisionRecallF1 Score(IEnumerable<(string? GoldKey, string? PredictedCluster)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var gold = new Dictionary<string, long>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, long>(StringComparer.Ordinal);
        var both = new Dictionary<(string, string), long>();
        foreach (var (goldKey, cluster) in articles)
        {
            if (goldKey is not null)
            {
                gold[goldKey] = gold.GetValueOrDefault(goldKey) + 1;
            }

            if (cluster is not null)
            {
                predicted[cluster] = predicted.GetValueOrDefault(cluster) + 1;
            }

            if (goldKey is not null && cluster is not null)
            {
                both[(goldKey, cluster)] = both.GetValueOrDefault((goldKey, cluster)) + 1;
            }
        }

        var goldPairs = gold.Values.Sum(Pairs);
        var predictedPairs = predicted.Values.Sum(Pairs);
        var truePairs = both.Values.Sum(Pairs);
        return PrecisionRecallF1.FromCounts(truePairs, predictedPairs - truePairs, goldPairs - truePairs);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;
}
