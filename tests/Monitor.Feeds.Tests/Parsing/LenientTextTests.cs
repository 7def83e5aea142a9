using Monitor.Feeds.Parsing;
using Monitor.Feeds.Tests.Support;

namespace Monitor.Feeds.Tests.Parsing;

public class LenientTextTests
{
    private readonly IReadOnlyList<FeedEntry> _entries =
        new FeedDocumentParser().Parse(TestFiles.Read("html-entities.xml"), new Uri("https://ents.example.org/rss")).Entries;

    private string TitleOf(string id) => _entries.Single(e => e.ItemId == id).Title;

    [Fact]
    public void Html_Named_Entity_Is_Tolerated() => Assert.Equal("A B", TitleOf("e1"));

    [Fact]
    public void Bare_Ampersands_Are_Tolerated_In_Text_And_Urls()
    {
        Assert.Equal("Fish & Chips", TitleOf("e2"));
        Assert.Equal(new Uri("https://ents.example.org/2?a=1&b=2"), _entries.Single(e => e.ItemId == "e2").Link);
    }

    [Fact]
    public void Reference_To_A_Forbidden_Character_Is_Dropped() => Assert.Equal("Bellless", TitleOf("e3"));

    [Fact]
    public void Escaped_Ampersand_Yields_A_Plain_Ampersand() => Assert.Equal("A&B", TitleOf("e4"));

    [Fact]
    public void Accents_Dashes_And_Windows1252_References_Decode_While_Unknown_Names_Stay_Readable() =>
        Assert.Equal("Café — talks–today &unknownthing;", TitleOf("e5"));

    [Fact]
    public void Cdata_Is_Kept_Verbatim_And_Tags_Leave_Titles() => Assert.Equal("Raw & kept bold", TitleOf("e6"));

    [Fact]
    public void Raw_Control_Characters_Are_Dropped() => Assert.Equal("Controlcharhere", TitleOf("e7"));

    [Fact]
    public void Channel_Title_Is_Decoded() =>
        Assert.Equal("Entities & More", new FeedDocumentParser().Parse(TestFiles.Read("html-entities.xml"), new Uri("https://ents.example.org/rss")).Title);
}
