using Monitor.Feeds.Opml;
using Monitor.Feeds.Parsing;
using Monitor.Feeds.Tests.Support;

namespace Monitor.Feeds.Tests.Opml;

public class OpmlDocumentTests
{
    private static readonly DateTimeOffset _now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_Flattens_Nested_Outlines_And_Keeps_Only_Absolute_Http_Feeds_Once()
    {
        var feeds = OpmlDocument.Parse(TestFiles.Read("nested.opml"));

        Assert.Equal(
            ["https://one.example.org/feed.xml", "https://two.example.org/rss", "http://three.example.org/atom.xml"],
            feeds.Select(f => f.Url.AbsoluteUri));
        Assert.Equal(["Top level feed", "Nested feed", "Deep feed"], feeds.Select(f => f.Title));
    }

    [Fact]
    public void Write_Then_Parse_Round_Trips_Urls_And_Titles()
    {
        var subscriptions = new[]
        {
            FeedSubscription.Create(new Uri("https://one.example.org/feed.xml?lang=en&amp=1"), "One & <Only>", _now),
            FeedSubscription.Create(new Uri("http://two.example.org/rss"), null, _now),
        };

        var opml = OpmlDocument.Write(subscriptions);
        var parsed = OpmlDocument.Parse(opml);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", opml, StringComparison.Ordinal);
        Assert.Contains("<opml version=\"2.0\">", opml, StringComparison.Ordinal);
        Assert.Equal(subscriptions.Select(s => s.Url), parsed.Select(p => p.Url));
        Assert.Equal(["One & <Only>", "two.example.org"], parsed.Select(p => p.Title));
    }

    [Fact]
    public void Parse_Refuses_Entity_Expansion_Like_Feeds_Do()
    {
        var opml = TestFiles.Read("billion-laughs.xml").Replace("<rss version=\"2.0\"><channel><title>&lol9;</title>", "<opml version=\"2.0\"><body><outline text=\"&lol9;\" xmlUrl=\"https://x.example/\"/>", StringComparison.Ordinal)
            .Replace("<link>https://x.example/</link><description>d</description></channel></rss>", "</body></opml>", StringComparison.Ordinal)
            .Replace("<!DOCTYPE rss", "<!DOCTYPE opml", StringComparison.Ordinal);

        var error = Assert.Throws<FeedParseException>(() => OpmlDocument.Parse(opml));

        Assert.Equal(FeedParseErrorKind.EntityExpansion, error.Kind);
    }

    [Fact]
    public void Parse_Refuses_A_Document_That_Is_Not_Opml()
    {
        var error = Assert.Throws<FeedParseException>(() => OpmlDocument.Parse(TestFiles.Read("rss20-basic.xml")));

        Assert.Equal(FeedParseErrorKind.NotAFeed, error.Kind);
    }
}
