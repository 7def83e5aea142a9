using System.Diagnostics;
using Monitor.Classify;
using Monitor.Extract;

namespace Monitor.Bench;

/// <summary>(d) and (e): extraction and classification alone, on one thread, so the figures are per core.</summary>
internal static class ComponentMeasurements
{
    private static readonly Uri PageBase = new("https://bench.example/");

    public static async Task<ExtractionFigures> ExtractionAsync(ArticleExtractor extractor, BenchOptions options, CancellationToken cancellationToken)
    {
        var pages = Enumerable.Range(0, options.ExtractionPages)
            .Select(i => (Url: new Uri(PageBase, $"articles/9/{i}.html"), Html: BenchPageGenerator.Page(PageBase, 9, i)))
            .ToArray();
        // Warm-up until the JIT has optimised the hot paths (tiered compilation), as in a long-running host.
        var warmUp = Stopwatch.StartNew();
        do
        {
            foreach (var (url, html) in pages)
            {
                await extractor.ExtractAsync(new ExtractRequest(url, html), cancellationToken);
            }
        }
        while (warmUp.Elapsed < options.WarmUpDuration);

        var calls = 0;
        var fromPage = 0;
        var started = Stopwatch.GetTimestamp();
        do
        {
            foreach (var (url, html) in pages)
            {
                var article = await extractor.ExtractAsync(new ExtractRequest(url, html), cancellationToken);
                calls++;
                fromPage += article.Source == ExtractionSource.Page ? 1 : 0;
            }
        }
        while (Stopwatch.GetElapsedTime(started) < options.ExtractionDuration);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new ExtractionFigures(pages.Length, pages.Average(p => p.Html.Length) / 1024.0, calls, fromPage, elapsed, calls / elapsed);
    }

    public static ClassificationFigures Classification(ArticleClassifier classifier, BenchOptions options, CancellationToken cancellationToken)
    {
        var texts = Enumerable.Range(0, options.ClassificationTexts)
            .Select(i => BenchPageGenerator.ArticleText(i))
            .Select(t => new ClassifyRequest(t.Title, t.Text))
            .ToArray();
        var warmUp = Stopwatch.StartNew();
        do
        {
            ClassifierBenchmark.Run(classifier, texts, 1, cancellationToken);
        }
        while (warmUp.Elapsed < options.WarmUpDuration);

        var result = ClassifierBenchmark.Run(classifier, texts, options.ClassificationIterations, cancellationToken);
        return new ClassificationFigures(
            texts.Length,
            result.Iterations,
            texts.Average(t => t.Text.Length) / 1024.0,
            result.Elapsed.TotalSeconds,
            result.ArticlesPerSecond);
    }
}
