using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class TextDecodingTests
{
    [Fact]
    public void Windows_1252_Named_By_The_Header_Decodes_Smart_Quotes_And_Accents()
    {
        var text = TextDecoding.Decode(Fixture("windows-1252.html"), headerCharset: "windows-1252", isXml: false);

        Assert.Contains("\u201cCoop\u00e9ration\u201d \u2013 accord sign\u00e9 \u00e0 Tripoli.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Iso_8859_1_Declared_In_The_Prolog_Is_Honoured()
    {
        var text = TextDecoding.Decode(Fixture("iso-8859-1.xml"), headerCharset: null, isXml: true);

        Assert.Equal("S\u00e9curit\u00e9 maritime", ParseTitle(text));
    }

    [Theory]
    [InlineData("utf-16le-bom.xml")]
    [InlineData("utf-16be-bom.xml")]
    public void Utf16_Byte_Order_Mark_Wins_Over_A_Wrong_Header(string file)
    {
        var bytes = Fixture(file);

        var text = TextDecoding.Decode(bytes, headerCharset: "iso-8859-1", isXml: true);

        Assert.Equal(EncodingSource.ByteOrderMark, TextDecoding.Detect(bytes, "iso-8859-1", isXml: true).Source);
        Assert.Equal("Garde-c\u00f4tes \u2013 \u0645\u0643\u0627\u0641\u062d\u0629 \u0627\u0644\u062a\u0647\u0631\u064a\u0628", ParseTitle(text));
    }

    [Fact]
    public void Utf8_Prolog_On_A_Latin1_Body_Falls_Back_To_Windows_1252()
    {
        var bytes = Fixture("utf8-prolog-latin1-body.xml");

        var detected = TextDecoding.Detect(bytes, headerCharset: null, isXml: true);
        var text = TextDecoding.Decode(bytes, headerCharset: null, isXml: true);

        Assert.Equal(EncodingSource.InvalidUtf8Fallback, detected.Source);
        Assert.Equal("S\u00e9curit\u00e9 des fronti\u00e8res", ParseTitle(text));
    }

    [Fact]
    public void Charset_Meta_After_Byte_1024_Is_Found()
    {
        var bytes = Fixture("meta-charset-after-1024.html");
        Assert.True(bytes.AsSpan().IndexOf("<meta"u8) > 1024);

        var detected = TextDecoding.Detect(bytes, headerCharset: null, isXml: false);
        var text = TextDecoding.Decode(bytes, headerCharset: null, isXml: false);

        Assert.Equal(EncodingSource.Document, detected.Source);
        Assert.Equal(1252, detected.Encoding.CodePage);
        Assert.Contains("Coop\u00e9ration douani\u00e8re renforc\u00e9e.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_Before_The_Xml_Prolog_Is_Trimmed_So_Xml_Readers_Accept_It()
    {
        var text = TextDecoding.Decode(Fixture("whitespace-before-prolog.xml"), headerCharset: null, isXml: true);

        Assert.StartsWith("<?xml", text, StringComparison.Ordinal);
        Assert.Equal("D\u00e9claration commune", ParseTitle(text));
    }

    [Fact]
    public void Http_Equiv_Content_Type_Meta_Is_Honoured()
    {
        var bytes = Encoding.Latin1.GetBytes(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>Entra\u00eenement</body></html>");

        Assert.Contains("Entra\u00eenement", TextDecoding.Decode(bytes, headerCharset: null, isXml: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Header_Charset_Wins_Over_The_Document()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>S\u00e9curit\u00e9</body></html>");

        var detected = TextDecoding.Detect(bytes, headerCharset: "utf-8", isXml: false);

        Assert.Equal(EncodingSource.ContentTypeHeader, detected.Source);
        Assert.Contains("S\u00e9curit\u00e9", TextDecoding.Decode(bytes, "utf-8", isXml: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_Bom_Is_Stripped_And_Unknown_Labels_Fall_Through_To_Utf8()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Tr\u00e8s bien")];

        Assert.Equal("Tr\u00e8s bien", TextDecoding.Decode(bytes, headerCharset: "no-such-charset", isXml: false));
        Assert.Equal("Tr\u00e8s bien", TextDecoding.Decode(bytes.AsSpan(3), headerCharset: "no-such-charset", isXml: false));
    }

    [Fact]
    public async Task Fetched_Body_Is_Decoded_With_The_Charset_Of_The_Response()
    {
        var bytes = Fixture("windows-1252.html");
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/page", (HttpContext context) =>
        {
            context.Response.ContentType = "text/html; charset=windows-1252";
            return context.Response.Body.WriteAsync(bytes).AsTask();
        }));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/page"));

        Assert.Equal("windows-1252", response.Charset);
        Assert.Contains("accord sign\u00e9 \u00e0 Tripoli", response.DecodeText(isXml: false), StringComparison.Ordinal);
    }

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static string ParseTitle(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader).Descendants("title").Single().Value;
    }
}
