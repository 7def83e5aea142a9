using System.Text;

namespace Monitor.Fetch.Tests;

/// <summary>Feed bodies decode the way feed readers expect (the poller calls <see cref="TextDecoding"/> with isXml).</summary>
public class FeedBodyDecodingTests
{
    private const string Title = "Caf\u00e9 \u2014 na\u00efve";

    static FeedBodyDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_Without_Declaration_Is_The_Default() =>
        Assert.Equal($"<t>{Title}</t>", TextDecoding.Decode(Encoding.UTF8.GetBytes($"<t>{Title}</t>"), null, isXml: true));

    [Fact]
    public void Utf8_Bom_Is_Removed() =>
        Assert.Equal("<t/>", TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. "<t/>"u8], null, isXml: true));

    [Fact]
    public void Utf16_With_Bom_Is_Detected() =>
        Assert.Equal($"<t>{Title}</t>", TextDecoding.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes($"<t>{Title}</t>")], null, isXml: true));

    [Fact]
    public void Http_Charset_Wins_Over_The_Default()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes($"<t>{Title}</t>");

        Assert.Equal($"<t>{Title}</t>", TextDecoding.Decode(bytes, "windows-1252", isXml: true));
    }

    [Fact]
    public void Xml_Declaration_Names_The_Encoding_When_Http_Does_Not()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>caf\u00e9</t>";

        Assert.Equal(xml, TextDecoding.Decode(Encoding.Latin1.GetBytes(xml), null, isXml: true));
    }

    [Fact]
    public void Utf8_Declaration_On_A_Latin1_Body_Falls_Back_To_Windows1252()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><t>{Title}</t>";

        Assert.Equal(xml, TextDecoding.Decode(Encoding.GetEncoding("windows-1252").GetBytes(xml), "utf-8", isXml: true));
    }
}
