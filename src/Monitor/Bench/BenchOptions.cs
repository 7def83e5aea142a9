namespace Monitor.Bench;

/// <summary>Sizes of one benchmark run (the <c>bench</c> verb's options).</summary>
public sealed record BenchOptions
{
    /// <summary>Feeds of the end-to-end run.</summary>
    public int Feeds { get; init; } = 20;

    /// <summary>Articles per feed in the end-to-end run.</summary>
    public int ArticlesPerFeed { get; init; } = 25;

    /// <summary>Feeds polled a second time with nothing changed.</summary>
    public int UnchangedFeeds { get; init; } = 500;

    /// <summary>Items each unchanged feed lists.</summary>
    public int UnchangedFeedItems { get; init; } = 5;

    /// <summary>Loopback ports the bench sites listen on (one outlet each).</summary>
    public int Sites { get; init; } = 20;

    /// <summary>Distinct pages the extraction benchmark loops over.</summary>
    public int ExtractionPages { get; init; } = 20;

    /// <summary>Minimum time the extraction loop runs, for a stable figure.</summary>
    public TimeSpan ExtractionDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long each component runs untimed first, so the figures are those of optimised code (tiered JIT), as
    /// in a host that has been running for a while.
    /// </summary>
    public TimeSpan WarmUpDuration { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Articles of the untimed end-to-end warm-up feed.</summary>
    public int WarmUpArticles { get; init; } = 25;

    /// <summary>5 KB texts the classification benchmark runs over, and how many times.</summary>
    public int ClassificationTexts { get; init; } = 200;

    public int ClassificationIterations { get; init; } = 10;

    /// <summary>Work items in flight at once in the end-to-end and polling runs; default 2 × cores.</summary>
    public int Parallelism { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Storage to use; else an Azurite is started for the run.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Prefix of table and container names, to keep the benchmark apart in a shared account.</summary>
    public string? StoragePrefix { get; init; }
}
