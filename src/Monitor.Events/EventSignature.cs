namespace Monitor.Events;

/// <summary>What the matcher compares: the features of one report, or of an event merged from several.</summary>
public sealed record EventSignature
{
    public required string WatchedCountry { get; init; }

    public required IReadOnlySet<string> Types { get; init; }

    public required IReadOnlySet<string> Domains { get; init; }

    /// <summary>Partner ids with their parents ("us-dea" brings "us").</summary>
    public required IReadOnlySet<string> Partners { get; init; }

    public required IReadOnlySet<string> Actors { get; init; }

    public required IReadOnlySet<string> People { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>True when <see cref="Date"/> came from publication (or arrival), not from the text.</summary>
    public required bool DateInferred { get; init; }

    public required double DateConfidence { get; init; }

    public string? Place { get; init; }

    /// <summary><see cref="Place"/> normalised with <see cref="TextKey"/>, for comparison.</summary>
    public string? PlaceKey { get; init; }

    public double PlaceConfidence { get; init; }

    public required TitleTokens Title { get; init; }

    /// <summary>
    /// Features of a report. The date is the one the classifier read from the text; failing that the publication date,
    /// failing that <paramref name="arrival"/>, both marked inferred with lower confidence. A classifier date below
    /// <see cref="EventGroupingOptions.MinTextDateConfidence"/> is a publication-date fallback and counts as inferred.
    /// </summary>
    public static EventSignature FromReport(
        EventReport report, Func<string, string?> parentOf, DateTimeOffset arrival, EventGroupingOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(parentOf);
        ArgumentNullException.ThrowIfNull(options);
        var classification = report.Classification;

        var (date, inferred, confidence) = classification.EventDate is { } eventDate
            ? (eventDate.Date, eventDate.Confidence < options.MinTextDateConfidence, eventDate.Confidence)
            : report.Published is { } published
                ? (DateOnly.FromDateTime(published.UtcDateTime), true, options.PublicationDateConfidence)
                : (DateOnly.FromDateTime(arrival.UtcDateTime), true, options.PublicationDateConfidence / 2);

        return new EventSignature
        {
            WatchedCountry = classification.WatchedCountry,
            Types = ToSet(classification.EventTypes.Select(t => t.Id)),
            Domains = ToSet(classification.Domains.Select(t => t.Id)),
            Partners = ToSet(PartnerHierarchy.WithParents(classification.Partners.Select(t => t.Id), parentOf)),
            Actors = ToSet(classification.WatchedActors.Select(t => t.Id)),
            People = ToSet(classification.People.Select(p => p.Key).Where(k => !string.IsNullOrWhiteSpace(k))),
            Date = date,
            DateInferred = inferred,
            DateConfidence = confidence,
            Place = classification.Place?.Name,
            PlaceKey = PlaceKeyOf(classification.Place?.Name),
            PlaceConfidence = classification.Place?.Confidence ?? 0,
            Title = TitleTokens.Of([report.Title]),
        };
    }

    /// <summary>Features of a stored event; its title tokens are those of every source's title.</summary>
    public static EventSignature FromEvent(CooperationEvent cooperationEvent, Func<string, string?> parentOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cooperationEvent);
        ArgumentNullException.ThrowIfNull(parentOf);
        return new EventSignature
        {
            WatchedCountry = cooperationEvent.WatchedCountry,
            Types = ToSet(cooperationEvent.Types),
            Domains = ToSet(cooperationEvent.Domains),
            Partners = ToSet(PartnerHierarchy.WithParents(cooperationEvent.Partners, parentOf)),
            Actors = ToSet(cooperationEvent.Actors),
            People = ToSet(cooperationEvent.People),
            Date = cooperationEvent.Date ?? DateOnly.FromDateTime(now.UtcDateTime),
            DateInferred = cooperationEvent.Date is null || cooperationEvent.DateInferred,
            DateConfidence = cooperationEvent.Date is null ? 0 : cooperationEvent.DateConfidence,
            Place = cooperationEvent.Place,
            PlaceKey = PlaceKeyOf(cooperationEvent.Place),
            PlaceConfidence = cooperationEvent.PlaceConfidence,
            Title = TitleTokens.Of(cooperationEvent.Sources.Select(s => s.Title)),
        };
    }

    private static string? PlaceKeyOf(string? place)
    {
        var key = TextKey.Normalize(place);
        return key.Length == 0 ? null : key;
    }

    private static HashSet<string> ToSet(IEnumerable<string> values) => new(values, StringComparer.Ordinal);
}
