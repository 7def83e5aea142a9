using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Feeds.Parsing;
using Monitor.Feeds.Tests.Support;
using Monitor.Testing;

namespace Monitor.Feeds.Tests.Parsing;

public class HostileFeedTests
{
    private static readonly Uri _feedUrl = new("https://hostile.example.org/feed.xml");
    private readonly FeedDocumentParser _parser = new();

    [Fact]
    public void Billion_Laughs_Is_Rejected_As_Entity_Expansion()
    {
        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(TestFiles.Read("billion-laughs.xml"), _feedUrl));

        Assert.Equal(FeedParseErrorKind.EntityExpansion, error.Kind);
    }

    [Fact]
    public void One_Kilobyte_Expanding_To_Three_Million_Characters_Is_Rejected()
    {
        var xml = TestFiles.Read("entity-expansion-3m.xml");
        Assert.True(xml.Length < 1500);

        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(xml, _feedUrl));

        Assert.Equal(FeedParseErrorKind.EntityExpansion, error.Kind);
    }

    [Fact]
    public void External_File_Entity_Is_Rejected_And_Never_Read()
    {
        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(TestFiles.Read("xxe-file.xml"), _feedUrl));

        Assert.Equal(FeedParseErrorKind.ExternalEntity, error.Kind);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xxe-http-entity.xml")]
    [InlineData("xxe-http-parameter-entity.xml")]
    public async Task External_Http_Entity_Is_Rejected_Without_Any_Request(string fixture)
    {
        await using var server = await StartBaitServer();
        var xml = TestFiles.Read(fixture).Replace("{{BASE}}", server.BaseUrl.AbsoluteUri, StringComparison.Ordinal);

        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(xml, _feedUrl));

        Assert.Equal(FeedParseErrorKind.ExternalEntity, error.Kind);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task External_Http_Dtd_Is_Ignored_Without_Any_Request()
    {
        await using var server = await StartBaitServer();
        var xml = TestFiles.Read("external-dtd-http.xml").Replace("{{BASE}}", server.BaseUrl.AbsoluteUri, StringComparison.Ordinal);

        var feed = _parser.Parse(xml, _feedUrl);

        Assert.Equal("Only item", Assert.Single(feed.Entries).Title);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Entity_Hidden_Inside_A_Parameter_Entity_Never_Reads_The_File()
    {
        // The SYSTEM keyword is spelled with a character reference, so only the reader itself sees it.
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY % wrap "<!ENTITY secret &#83;YSTEM 'file:///etc/passwd'>">
              %wrap;
            ]>
            <rss version="2.0"><channel><title>T &secret;</title><link>https://x.example/</link>
            <item><title>I &secret;</title><link>https://x.example/1</link></item></channel></rss>
            """;

        try
        {
            var feed = _parser.Parse(xml, _feedUrl);
            Assert.DoesNotContain("root:", feed.Title, StringComparison.Ordinal);
            Assert.All(feed.Entries, e => Assert.DoesNotContain("root:", e.Title, StringComparison.Ordinal));
        }
        catch (FeedParseException error)
        {
            Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hundred_Thousand_Nested_Elements_Are_Rejected_As_Too_Deep()
    {
        var xml = new StringBuilder("<rss version=\"2.0\"><channel>");
        xml.Insert(xml.Length, "<a>", 100_000).Insert(xml.Length, "</a>", 100_000).Append("</channel></rss>");

        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(xml.ToString(), _feedUrl));

        Assert.Equal(FeedParseErrorKind.TooDeep, error.Kind);
    }

    [Fact]
    public void Document_Over_The_Character_Cap_Is_Rejected_As_Too_Large()
    {
        var parser = new FeedDocumentParser(new FeedParsingOptions { MaxDocumentCharacters = 1_000 });
        var xml = TestFiles.Read("rss20-basic.xml");

        var error = Assert.Throws<FeedParseException>(() => parser.Parse(xml, _feedUrl));

        Assert.Equal(FeedParseErrorKind.TooLarge, error.Kind);
    }

    [Theory]
    [InlineData("rss-no-version.xml")]
    [InlineData("page.html")]
    [InlineData("feed.json")]
    public void Documents_That_Are_Not_Feeds_Are_Rejected_As_NotAFeed(string fixture)
    {
        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(TestFiles.Read(fixture), _feedUrl));

        Assert.Equal(FeedParseErrorKind.NotAFeed, error.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<opml version=\"2.0\"><body/></opml>")]
    [InlineData("<rss version=\"2.0\"></rss>")]
    public void Empty_Or_Foreign_Bodies_Are_Rejected_As_NotAFeed(string body)
    {
        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(body, _feedUrl));

        Assert.Equal(FeedParseErrorKind.NotAFeed, error.Kind);
    }

    [Fact]
    public void Broken_Xml_In_A_Feed_Is_Rejected_As_Malformed()
    {
        const string xml = "<rss version=\"2.0\"><channel><title>Unclosed</channel></rss>";

        var error = Assert.Throws<FeedParseException>(() => _parser.Parse(xml, _feedUrl));

        Assert.Equal(FeedParseErrorKind.Malformed, error.Kind);
    }

    private static Task<LocalWebServer> StartBaitServer() => LocalWebServer.StartAsync(app =>
    {
        app.MapGet("/{**path}", () => Results.Text("<!ENTITY leaked \"BAIT-CONTENT\">", "application/xml-dtd"));
    });
}
