using Monitor.Feeds.Parsing;
using Monitor.Feeds.Tests.Support;

namespace Monitor.Feeds.Tests.Parsing;

public class EntryNormalisationTests
{
    private static readonly DateTimeOffset _now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ParsedFeed _feed = new FeedDocumentParser(timeProvider: new ManualTimeProvider(_now))
        .Parse(TestFiles.Read("rss20-edge-items.xml"), new Uri("https://edge.example.org/feeds/main.xml"));

    private FeedEntry Titled(string title) => _feed.Entries.Single(e => e.Title == title);

    [Fact]
    public void Item_Without_Link_Keeps_Its_Guid_And_Has_No_Link()
    {
        var entry = Titled("No link, opaque guid");

        Assert.Equal("edge-1", entry.ItemId);
        Assert.Null(entry.Link);
    }

    [Fact]
    public void Item_Without_Guid_Or_Link_Gets_A_Stable_Hash_Id()
    {
        var entry = Titled("Nothing but a title");
        var again = new FeedDocumentParser(timeProvider: new ManualTimeProvider(_now))
            .Parse(TestFiles.Read("rss20-edge-items.xml"), new Uri("https://edge.example.org/feeds/main.xml"))
            .Entries.Single(e => e.Title == "Nothing but a title");

        Assert.StartsWith("sha256:", entry.ItemId, StringComparison.Ordinal);
        Assert.Equal(entry.ItemId, again.ItemId);
        Assert.Null(entry.Link);
    }

    [Fact]
    public void Item_Without_Guid_Uses_Its_Absolute_Link_As_Id()
    {
        var entry = Titled("No date at all");

        Assert.Equal("https://edge.example.org/news/no-date", entry.ItemId);
        Assert.Null(entry.Published);
    }

    [Fact]
    public void Date_Far_In_The_Future_Is_Dropped() => Assert.Null(Titled("Far future date").Published);

    [Fact]
    public void Date_Slightly_Ahead_Is_Clamped_To_Now() => Assert.Equal(_now, Titled("Slightly ahead").Published);

    [Fact]
    public void Wrong_Weekday_And_Named_Zone_Still_Parse() =>
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 12, 30, 0, TimeSpan.Zero), Titled("Wrong weekday and named zone").Published!.Value.ToUniversalTime());

    [Fact]
    public void Unparseable_Date_Becomes_Null() => Assert.Null(Titled("Unparseable date").Published);

    [Fact]
    public void Duplicate_Guids_Keep_Only_The_First_Entry()
    {
        Assert.Single(_feed.Entries, e => e.ItemId == "dup-1");
        Assert.Equal("First copy", _feed.Entries.Single(e => e.ItemId == "dup-1").Title);
        Assert.DoesNotContain(_feed.Entries, e => e.Title == "Second copy");
    }

    [Theory]
    [InlineData("Relative link", "https://edge.example.org/news/relative-1")]
    [InlineData("Dot-relative link", "https://edge.example.org/archive/relative-2")]
    [InlineData("Permalink guid only", "https://edge.example.org/p/9")]
    public void Links_Are_Made_Absolute(string title, string expected) =>
        Assert.Equal(new Uri(expected), Titled(title).Link);

    [Fact]
    public void Channel_Link_Resolves_Against_The_Feed_Url() => Assert.Equal(new Uri("https://edge.example.org/"), _feed.SiteUrl);

    [Fact]
    public void Blank_Title_Becomes_Untitled() =>
        Assert.Equal("(untitled)", _feed.Entries.Single(e => e.ItemId == "https://edge.example.org/news/untitled").Title);

    [Fact]
    public void Non_Http_Link_Is_Dropped() => Assert.Null(Titled("Script link").Link);

    [Fact]
    public void Every_Entry_Has_A_Unique_Id() =>
        Assert.Equal(_feed.Entries.Count, _feed.Entries.Select(e => e.ItemId).Distinct(StringComparer.Ordinal).Count());
}
