using Monitor.Feeds.Parsing;
using Monitor.Feeds.Tests.Support;

namespace Monitor.Feeds.Tests.Parsing;

public class FeedFormatTests
{
    private static readonly DateTimeOffset _now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FeedDocumentParser _parser = new(timeProvider: new ManualTimeProvider(_now));

    [Fact]
    public void Rss20_Yields_Title_SiteUrl_And_Normalised_Entries()
    {
        var feed = _parser.Parse(TestFiles.Read("rss20-basic.xml"), new Uri("https://bulletin.example.org/feed/"));

        Assert.Equal("Coastal Watch Bulletin", feed.Title);
        Assert.Equal(new Uri("https://bulletin.example.org/"), feed.SiteUrl);
        Assert.Equal(3, feed.Entries.Count);

        var first = feed.Entries[0];
        Assert.Equal("bulletin-1001", first.ItemId);
        Assert.Equal(new Uri("https://bulletin.example.org/2024/03/joint-patrol"), first.Link);
        Assert.Equal("Joint patrol intercepts fuel smugglers off Zuwara", first.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 8, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("<p>Coast guard units from two countries <b>stopped</b> a tanker.</p>", first.ContentHtml);

        var second = feed.Entries[1];
        Assert.Equal(new DateTimeOffset(2024, 3, 13, 13, 5, 0, TimeSpan.Zero), second.Published!.Value.ToUniversalTime());
        Assert.Equal("<p>Border officers begin a two-week course.</p>", second.ContentHtml);

        Assert.Equal(new DateTimeOffset(2024, 3, 14, 7, 0, 0, TimeSpan.Zero), feed.Entries[2].Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Atom10_Reads_Links_Ids_Dates_And_Both_Content_Types()
    {
        var feed = _parser.Parse(TestFiles.Read("atom10.xml"), new Uri("https://notes.example.net/atom.xml"));

        Assert.Equal("Border Cooperation Notes", feed.Title);
        Assert.Equal(new Uri("https://notes.example.net/"), feed.SiteUrl);
        Assert.Equal(2, feed.Entries.Count);

        var agreement = feed.Entries[0];
        Assert.Equal("urn:uuid:6c1d2f1a-0000-4000-8000-000000000010", agreement.ItemId);
        Assert.Equal(new Uri("https://notes.example.net/posts/rescue-agreement"), agreement.Link);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 14, 45, 0, TimeSpan.Zero), agreement.Published!.Value.ToUniversalTime());
        Assert.Equal("<p>The agreement covers <em>search and rescue</em> zones.</p>", agreement.ContentHtml);

        var seizure = feed.Entries[1];
        Assert.Equal("Drug seizure at the port & arrests", seizure.Title);
        Assert.Equal(new Uri("https://notes.example.net/posts/port-seizure"), seizure.Link);
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 9, 30, 0, TimeSpan.Zero), seizure.Published);
        Assert.Contains("<strong>tramadol</strong>", seizure.ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Rdf_Rss10_Uses_Links_As_Ids_And_Dublin_Core_Dates()
    {
        var feed = _parser.Parse(TestFiles.Read("rdf-rss10.xml"), new Uri("https://archive.example.com/index.rdf"));

        Assert.Equal("Trafficking Case Archive", feed.Title);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("https://archive.example.com/cases/41", feed.Entries[0].ItemId);
        Assert.Equal(new DateTimeOffset(2023, 11, 20, 12, 0, 0, TimeSpan.Zero), feed.Entries[0].Published);
        Assert.Equal("The court handed down a twelve-year sentence.", feed.Entries[0].ContentHtml);
        Assert.Equal(new Uri("https://archive.example.com/cases/42"), feed.Entries[1].Link);
        Assert.Equal("https://archive.example.com/cases/42", feed.Entries[1].ItemId);
        Assert.Equal(new DateTimeOffset(2023, 11, 22, 0, 0, 0, TimeSpan.Zero), feed.Entries[1].Published);
    }

    [Fact]
    public void Rss091_With_Netscape_Doctype_Parses_Without_Loading_The_Dtd()
    {
        var feed = _parser.Parse(TestFiles.Read("rss091-netscape.xml"), new Uri("http://harbour.example.org/rss.xml"));

        Assert.Equal("Harbour Desk", feed.Title);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("Customs officers trained on container scanning", feed.Entries[0].Title);
        Assert.Equal(new Uri("http://harbour.example.org/news/scanning.html"), feed.Entries[0].Link);
        Assert.Equal("http://harbour.example.org/news/radar.html", feed.Entries[1].ItemId);
        Assert.Null(feed.Entries[1].Published);
    }
}
