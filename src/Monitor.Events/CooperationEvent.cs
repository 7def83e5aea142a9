namespace Monitor.Events;

/// <summary>One outlet's report of an event: an article and its classification.</summary>
public sealed record EventReport
{
    public required string ArticleId { get; init; }

    public Uri? Url { get; init; }

    /// <summary>The outlet, usually the host name of the article's URL.</summary>
    public string? Outlet { get; init; }

    public required string Title { get; init; }

    public DateTimeOffset? Published { get; init; }

    public required Monitor.Classify.Classification Classification { get; init; }
}

public sealed record EventSource(string ArticleId, Uri? Url, string? Outlet, string Title, DateTimeOffset? Published);

/// <summary>A cooperation event, merged from every report of it.</summary>
public sealed record CooperationEvent
{
    public required string Id { get; init; }

    public required string Summary { get; init; }

    public required string WatchedCountry { get; init; }

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Partner ids, closed under parents: an event with "us-dea" also lists "us", so lookups by either find it.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Normalised person keys (see <see cref="Monitor.Classify.PersonMention.Key"/>).</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    public DateOnly? Date { get; init; }

    /// <summary>0..1: how sure grouping is of <see cref="Date"/>; a date read from the text beats a publication date.</summary>
    public double DateConfidence { get; init; }

    /// <summary>True when <see cref="Date"/> was inferred from a publication date rather than read from the text.</summary>
    public bool DateInferred { get; init; }

    public string? Place { get; init; }

    /// <summary>0..1: the classifier's confidence in <see cref="Place"/>; a better-supported place replaces a weaker one.</summary>
    public double PlaceConfidence { get; init; }

    public IReadOnlyList<EventSource> Sources { get; init; } = [];

    public DateTimeOffset FirstSeen { get; init; }

    public DateTimeOffset LastUpdated { get; init; }

    /// <summary>Bumped each time a report changes the event; webhooks deliver once per version.</summary>
    public int Version { get; init; } = 1;
}
