namespace Monitor.Evaluation;

/// <summary>How one article fared: what the classifier and grouping got wrong, for the human-readable eval output.</summary>
public sealed record ArticleDiagnostics
{
    public required string Id { get; init; }

    public int LineNumber { get; init; }

    public required string Title { get; init; }

    public bool GoldRelevant { get; init; }

    public bool PredictedRelevant { get; init; }

    public double Score { get; init; }

    public IReadOnlyList<string> MissedEventTypes { get; init; } = [];

    public IReadOnlyList<string> ExtraEventTypes { get; init; } = [];

    public IReadOnlyList<string> MissedDomains { get; init; } = [];

    public IReadOnlyList<string> ExtraDomains { get; init; } = [];

    /// <summary>Gold partners (as resolved ids; unresolvable names start with "?") the classifier did not report.</summary>
    public IReadOnlyList<string> MissedPartners { get; init; } = [];

    public IReadOnlyList<string> ExtraPartners { get; init; } = [];

    public string? GoldEventKey { get; init; }

    public string? PredictedEventId { get; init; }

    /// <summary>What grouping did with the article (Created, Merged, AlreadyPresent, Skipped) and why when skipped.</summary>
    public string? Grouping { get; init; }

    public bool GoldOpinion { get; init; }

    public bool PredictedOpinion { get; init; }

    public bool IsPerfect =>
        GoldRelevant == PredictedRelevant && MissedEventTypes.Count == 0 && ExtraEventTypes.Count == 0
        && MissedDomains.Count == 0 && ExtraDomains.Count == 0 && MissedPartners.Count == 0 && ExtraPartners.Count == 0
        && (!GoldRelevant || GoldOpinion == PredictedOpinion);
}
