namespace Monitor.Bench;

/// <summary>Everything one benchmark run measured, with the targets it is judged against.</summary>
public sealed record BenchReport
{
    public required BenchMachine Machine { get; init; }

    public required EndToEndFigures EndToEnd { get; init; }

    public required UnchangedPollFigures UnchangedPoll { get; init; }

    public required ExtractionFigures Extraction { get; init; }

    public required ClassificationFigures Classification { get; init; }

    public required MemoryFigures Memory { get; init; }

    /// <summary>The end-to-end run through the queues; null when skipped (storage given by connection string).</summary>
    public QueuedFigures? Queued { get; init; }

    public IReadOnlyList<BenchCheck> Checks =>
    [
        new("End to end (articles/s)", EndToEnd.ArticlesPerSecond, $">= {BenchTargets.EndToEndArticlesPerSecond}", EndToEnd.ArticlesPerSecond >= BenchTargets.EndToEndArticlesPerSecond),
        new("Unchanged poll (s)", UnchangedPoll.Seconds, $"<= {BenchTargets.UnchangedPollSeconds} for 500 feeds", UnchangedPoll.Seconds <= BenchTargets.UnchangedPollSeconds * UnchangedPoll.Feeds / 500.0),
        new("Unchanged poll article fetches", UnchangedPoll.ArticleFetches, "0", UnchangedPoll.ArticleFetches == 0),
        new("Extraction (pages/s/core)", Extraction.PagesPerSecondPerCore, $">= {BenchTargets.ExtractionPagesPerSecondPerCore}", Extraction.PagesPerSecondPerCore >= BenchTargets.ExtractionPagesPerSecondPerCore),
        new("Classification (articles/s/core)", Classification.ArticlesPerSecondPerCore, $">= {BenchTargets.ClassificationPerSecondPerCore:N0}", Classification.ArticlesPerSecondPerCore >= BenchTargets.ClassificationPerSecondPerCore),
        new("Peak memory (MB)", Memory.PeakWorkingSetMegabytes, $"<= {BenchTargets.PeakMemoryMegabytes}", Memory.PeakWorkingSetMegabytes <= BenchTargets.PeakMemoryMegabytes),
    ];
}

/// <summary>The figures the monitor is expected to reach on a small machine.</summary>
public static class BenchTargets
{
    public const double EndToEndArticlesPerSecond = 50;

    public const double UnchangedPollSeconds = 3;

    public const double ExtractionPagesPerSecondPerCore = 25;

    public const double ClassificationPerSecondPerCore = 2_000;

    public const double PeakMemoryMegabytes = 500;
}

public sealed record BenchCheck(string Figure, double Measured, string Target, bool Met);

/// <param name="LoadAverage">1, 5 and 15 minute load averages at the end (Linux), to judge how busy the machine was.</param>
public sealed record BenchMachine(int Cores, string Os, string Runtime, string Build, DateTimeOffset Date, string? LoadAverage);

/// <param name="Mode">How the articles went through the pipeline (direct calls or the local runner).</param>
/// <param name="CpuMillisecondsPerArticle">
/// This process's CPU time (all threads, bench site included, Azurite not) per article: unlike the rate, it does not
/// depend on what else the machine runs.
/// </param>
/// <param name="StorageCpuMillisecondsPerArticle">Azurite's CPU time per article when the bench started it on this machine; null otherwise.</param>
public sealed record EndToEndFigures(
    string Mode,
    int Feeds,
    int Articles,
    int Stored,
    int Relevant,
    int Errors,
    int Parallelism,
    double Seconds,
    double ArticlesPerSecond,
    double CpuMillisecondsPerArticle,
    double? StorageCpuMillisecondsPerArticle,
    IReadOnlyList<StageFigure> Stages);

/// <summary>Time spent in one stage over all articles: the sum (of parallel work) and the average per article.</summary>
public sealed record StageFigure(string Stage, double TotalSeconds, double AverageMilliseconds, double Share);

/// <param name="Articles">Article pages the run fetched: each article processed once.</param>
/// <param name="Messages">Queue messages that succeeded (one per feed, one per article).</param>
public sealed record QueuedFigures(
    string Mode,
    int Feeds,
    int Articles,
    int Messages,
    int Retried,
    int Poisoned,
    double Seconds,
    double ArticlesPerSecond,
    double CpuMillisecondsPerArticle,
    double? StorageCpuMillisecondsPerArticle);

public sealed record UnchangedPollFigures(int Feeds, int NotModified, int ArticleFetches, double Seconds);

/// <param name="Extractions">Extractions run (the pages, looped over); <paramref name="FromPage"/> of them read the page itself.</param>
public sealed record ExtractionFigures(int Pages, double AveragePageKilobytes, int Extractions, int FromPage, double Seconds, double PagesPerSecondPerCore);

public sealed record ClassificationFigures(int Texts, int Iterations, double AverageTextKilobytes, double Seconds, double ArticlesPerSecondPerCore);

/// <param name="PeakWorkingSetMegabytes">This process only; Azurite runs as its own process.</param>
/// <param name="GcPauseSeconds">Time the garbage collector paused the process, over the whole run.</param>
public sealed record MemoryFigures(double PeakWorkingSetMegabytes, double TotalAllocatedMegabytes, double GcHeapMegabytes, double GcPauseSeconds, int Gen2Collections, bool ServerGc);
