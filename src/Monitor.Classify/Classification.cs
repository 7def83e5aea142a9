namespace Monitor.Classify;

/// <summary>What the classifier reads: an article's title and plain text, with what is known about it.</summary>
public sealed record ClassifyRequest(string Title, string Text)
{
    public DateTimeOffset? Published { get; init; }

    public Uri? Url { get; init; }

    /// <summary>ISO 639-1 code if known; the classifier detects it otherwise.</summary>
    public string? Language { get; init; }

    /// <summary>Canonical id of the watched country (taxonomy id, e.g. "libya"); the configured default when null.</summary>
    public string? WatchedCountry { get; init; }
}

/// <summary>
/// Why a tag was given: the sentence, where it stands in the text, and the rule that fired. Start and Length are
/// character offsets into <see cref="ClassifyRequest.Text"/>, or into <see cref="ClassifyRequest.Title"/> when
/// <see cref="InTitle"/> is true.
/// </summary>
public sealed record Evidence(string Sentence, int Start, int Length, string Rule)
{
    /// <summary>The sentence is (part of) the title rather than the text.</summary>
    public bool InTitle { get; init; }
}

/// <summary>A label with its confidence and evidence.</summary>
public sealed record Tag(string Id, double Confidence, IReadOnlyList<Evidence> Evidence);

/// <summary>An event type with its CAMEO and PLOVER codes.</summary>
public sealed record EventTypeTag(string Id, string Cameo, string Plover, double Confidence, IReadOnlyList<Evidence> Evidence);

/// <summary>A person named in the article; <see cref="Key"/> matches across transliterations.</summary>
public sealed record PersonMention(string Name, string Key, string? Title, string? Affiliation, double Confidence, Evidence Evidence);

public sealed record DateTag(DateOnly Date, double Confidence, Evidence Evidence);

public sealed record PlaceTag(string Name, double Confidence, Evidence Evidence);

public enum ReportMode
{
    /// <summary>Reports something that happened.</summary>
    Report,
    /// <summary>Announces a future step (will sign, plans to train).</summary>
    Announcement,
    /// <summary>Opinion, analysis or commentary: not a report of one event.</summary>
    Opinion,
}

/// <summary>The classifier's verdict on one article.</summary>
public sealed record Classification
{
    public required bool Relevant { get; init; }

    /// <summary>0..1: how sure the classifier is that the article reports cooperation involving the watched country.</summary>
    public required double Score { get; init; }

    public required string WatchedCountry { get; init; }

    public ReportMode Mode { get; init; }

    public IReadOnlyList<EventTypeTag> EventTypes { get; init; } = [];

    public IReadOnlyList<Tag> Domains { get; init; } = [];

    /// <summary>Partners as canonical taxonomy ids ("eu", "unodc", "us-dea").</summary>
    public IReadOnlyList<Tag> Partners { get; init; } = [];

    /// <summary>The watched country's own institutions, as canonical taxonomy ids.</summary>
    public IReadOnlyList<Tag> WatchedActors { get; init; } = [];

    public IReadOnlyList<PersonMention> People { get; init; } = [];

    public DateTag? EventDate { get; init; }

    public PlaceTag? Place { get; init; }

    public string? Language { get; init; }

    /// <summary>Version of the taxonomy that produced this; reclassify compares it.</summary>
    public required string TaxonomyVersion { get; init; }
}
