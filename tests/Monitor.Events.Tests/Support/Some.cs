using Monitor.Classify;

namespace Monitor.Events.Tests.Support;

/// <summary>Builders for hand-made classifications and reports.</summary>
public static class Some
{
    private static readonly Evidence NoEvidence = new("test sentence", 0, 0, "test");

    public static Classification Classification(
        string[] partners,
        string[]? types = null,
        string[]? domains = null,
        DateOnly? eventDate = null,
        string? place = null,
        string[]? people = null,
        string[]? actors = null,
        ReportMode mode = ReportMode.Report,
        bool relevant = true,
        string watchedCountry = "libya",
        double eventDateConfidence = 0.8) => new()
        {
            Relevant = relevant,
            Score = relevant ? 0.9 : 0.1,
            WatchedCountry = watchedCountry,
            Mode = mode,
            EventTypes = (types ?? []).Select(t => new EventTypeTag(t, "000", "COOPERATE", 0.9, [NoEvidence])).ToList(),
            Domains = (domains ?? []).Select(Tag).ToList(),
            Partners = partners.Select(Tag).ToList(),
            WatchedActors = (actors ?? []).Select(Tag).ToList(),
            People = (people ?? []).Select(key => new PersonMention(key, key, null, null, 0.9, NoEvidence)).ToList(),
            EventDate = eventDate is { } date ? new DateTag(date, eventDateConfidence, NoEvidence) : null,
            Place = place is null ? null : new PlaceTag(place, 0.7, NoEvidence),
            TaxonomyVersion = "test",
        };

    public static EventReport Report(string articleId, string title, Classification classification, DateTimeOffset? published = null) => new()
    {
        ArticleId = articleId,
        Title = title,
        Url = new Uri($"https://news.example/{articleId}"),
        Published = published,
        Classification = classification,
    };

    public static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private static Tag Tag(string id) => new(id, 0.9, [NoEvidence]);
}
