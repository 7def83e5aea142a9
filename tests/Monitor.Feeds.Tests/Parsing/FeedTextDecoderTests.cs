using System.Text;
using Monitor.Feeds.Parsing;

namespace Monitor.Feeds.Tests.Parsing;

public class FeedTextDecoderTests
{
    private const string Title = "Caf\u00e9 \u2014 na\u00efve";

    static FeedTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_Without_Declaration_Is_The_Default() =>
        Assert.Equal($"<t>{Title}</t>", FeedTextDecoder.Decode(Encoding.UTF8.GetBytes($"<t>{Title}</t>")));

    [Fact]
    public void Utf8_Bom_Is_Removed() =>
        Assert.Equal("<t/>", FeedTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. "<t/>"u8]));

    [Fact]
    public void Utf16_With_Bom_Is_Detected() =>
        Assert.Equal($"<t>{Title}</t>", FeedTextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes($"<t>{Title}</t>")]));

    [Fact]
    public void Http_Charset_Wins_Over_The_Default()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes($"<t>{Title}</t>");

        Assert.Equal($"<t>{Title}</t>", FeedTextDecoder.Decode(bytes, "windows-1252"));
    }

    [Fact]
    public void Xml_Declaration_Names_The_Encoding_When_Http_Does_Not()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>caf\u00e9</t>";

        Assert.Equal(xml, FeedTextDecoder.Decode(Encoding.Latin1.GetBytes(xml)));
    }

    [Fact]
    public void Utf8_Declaration_On_A_Latin1_Body_Falls_Back_To_Windows1252()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><t>{Title}</t>";

        Assert.Equal(xml, FeedTextDecoder.Decode(Encoding.GetEncoding("windows-1252").GetBytes(xml), "utf-8"));
    }
}
