using Monitor.Hosting.Runner;

namespace Monitor.Demo;

/// <summary>One poll cycle of the demo, from the runner's events and what the sample site served.</summary>
public sealed record DemoCycleReport
{
    public required int FeedsPolled { get; init; }

    /// <summary>Feeds the site answered 304 Not Modified.</summary>
    public required int FeedsNotModified { get; init; }

    public required int ItemsNew { get; init; }

    /// <summary>Items in the feed bodies that were already stored.</summary>
    public required int ItemsAlreadySeen { get; init; }

    public required int ArticlesProcessed { get; init; }

    /// <summary>Article pages requested from the site.</summary>
    public required int PageFetches { get; init; }

    public required int Failures { get; init; }

    public required RunSummary Runner { get; init; }
}

/// <summary>What the storage account holds after the demo's first cycle.</summary>
public sealed record DemoDataReport
{
    public required int ArticlesStored { get; init; }

    public required int RelevantArticles { get; init; }

    public required IReadOnlyList<DemoEventLine> Events { get; init; }

    /// <summary>Errors by kind: feeds' last error kind and articles' extraction errors.</summary>
    public required IReadOnlyDictionary<string, int> ErrorsByKind { get; init; }
}

public sealed record DemoEventLine(string Summary, int Sources, IReadOnlyList<string> Partners, DateOnly? Date);

/// <summary>The whole demo run, for the console and for tests.</summary>
public sealed record DemoReport(DemoCycleReport FirstCycle, DemoDataReport Data, DemoCycleReport SecondCycle);
