using Monitor.Classify;
using Monitor.Events;
using Monitor.Extract;
using Monitor.Feeds;
using Monitor.Store.Articles;

namespace Monitor.Store.Tests.Support;

/// <summary>Builders for test data; each call gives fresh, valid values that tests override with <c>with</c>.</summary>
public static class Some
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    public static FeedSubscription Feed(string? url = null)
    {
        var uri = new Uri(url ?? $"https://news.example.org/{Guid.NewGuid():N}/rss.xml");
        return new FeedSubscription
        {
            Id = FeedId.For(uri),
            Url = uri,
            Title = "Example news",
            NextPollAt = Noon,
            CreatedAt = Noon.AddDays(-1),
        };
    }

    public static string Paragraphs(int count, string seed) => string.Join(
        "\n\n",
        Enumerable.Range(1, count).Select(i =>
            $"Paragraph {i} about {seed}: coast guard officers from two countries met in the port to plan joint patrols, " +
            $"share radar data and train crews on boarding procedures for suspicious vessels."));

    public static StoredArticle Article(string? url = null, DateTimeOffset? published = null, string? text = null) => new()
    {
        Url = new Uri(url ?? $"https://outlet.example.com/news/{Guid.NewGuid():N}"),
        Title = "Coast guards agree on joint patrols",
        Published = published ?? Noon,
        FetchedAt = (published ?? Noon).AddMinutes(30),
        Language = "en",
        Excerpt = "Two coast guards agreed on joint patrols.",
        ExtractionSource = ExtractionSource.Page,
        Text = text ?? Paragraphs(3, Guid.NewGuid().ToString("N")),
        Html = "<p>Coast guards agree.</p>",
    };

    public static Classification Classification(string partner = "italy") => new()
    {
        Relevant = true,
        Score = 0.87,
        WatchedCountry = "libya",
        Mode = ReportMode.Report,
        EventTypes = [new EventTypeTag("agreement", "057", "AGREE", 0.9, [new Evidence("They signed an accord.", 0, 22, "agree-verb")])],
        Domains = [new Tag("maritime_security", 0.8, [])],
        Partners = [new Tag(partner, 0.95, [new Evidence("Italy and Libya signed.", 10, 23, "partner-name")])],
        People = [new PersonMention("Ahmed Al-Example", "ahmed al example", "Minister", "Interior", 0.7, new Evidence("Minister Ahmed Al-Example said.", 0, 31, "title-name"))],
        EventDate = new DateTag(new DateOnly(2025, 3, 13), 0.6, new Evidence("on Thursday", 40, 11, "weekday")),
        Place = new PlaceTag("Tripoli", 0.5, new Evidence("in Tripoli", 50, 10, "place")),
        Language = "en",
        TaxonomyVersion = "test-1",
    };

    public static CooperationEvent Event(string? id = null, DateOnly? date = null, string country = "libya") => new()
    {
        Id = id ?? "ev-" + Guid.NewGuid().ToString("N")[..12],
        Summary = "Libya and Italy agree on joint maritime patrols",
        WatchedCountry = country,
        Types = ["agreement"],
        Domains = ["maritime_security"],
        Partners = ["italy"],
        Actors = ["libya-coast-guard"],
        People = ["ahmed al example"],
        Date = date,
        Place = "Tripoli",
        Sources = [new EventSource("a1", new Uri("https://outlet.example.com/a1"), "outlet.example.com", "Joint patrols agreed", Noon)],
        FirstSeen = Noon,
        LastUpdated = Noon,
    };
}
