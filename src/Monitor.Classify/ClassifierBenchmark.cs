using System.Diagnostics;

namespace Monitor.Classify;

/// <summary>Throughput of a classifier over a set of articles, for the bench command.</summary>
public sealed record ClassifierBenchmarkResult(int Articles, int Iterations, long TotalCharacters, TimeSpan Elapsed, int RelevantPerIteration)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Articles * (double)Iterations / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : TotalCharacters * (double)Iterations / Elapsed.TotalSeconds / 1_000_000;
}

/// <summary>Runs a classifier over articles on one thread (after a warm-up of one to four seconds) and measures it.</summary>
public static class ClassifierBenchmark
{
    private static readonly TimeSpan s_minWarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maxWarmUp = TimeSpan.FromSeconds(4);

    public static ClassifierBenchmarkResult Run(ArticleClassifier classifier, IReadOnlyList<ClassifyRequest> articles, int iterations = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var relevant = 0;
        foreach (var article in articles)
        {
            relevant += classifier.Classify(article).Relevant ? 1 : 0;
        }

        // The runtime recompiles hot methods with full optimisation only after a few dozen calls and a short delay (longer
        // on a busy machine); measuring before that measures the first-tier code, not the steady state a long-running
        // host reaches. Warm up until a pass is no slower than the best one so far, within bounds.
        var warmUp = Stopwatch.StartNew();
        var best = TimeSpan.MaxValue;
        while (!cancellationToken.IsCancellationRequested && warmUp.Elapsed < s_maxWarmUp)
        {
            var pass = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                classifier.Classify(article);
            }

            var elapsed = pass.Elapsed;
            var settled = best != TimeSpan.MaxValue && elapsed.Ticks <= best.Ticks * 21 / 20;
            best = elapsed < best ? elapsed : best;
            if (settled && warmUp.Elapsed >= s_minWarmUp)
            {
                break;
            }
        }

        var characters = articles.Sum(a => (long)a.Title.Length + a.Text.Length);
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        for (; done < iterations && !cancellationToken.IsCancellationRequested; done++)
        {
            foreach (var article in articles)
            {
                classifier.Classify(article);
            }
        }

        stopwatch.Stop();
        return new ClassifierBenchmarkResult(articles.Count, done, characters, stopwatch.Elapsed, relevant);
    }
}
