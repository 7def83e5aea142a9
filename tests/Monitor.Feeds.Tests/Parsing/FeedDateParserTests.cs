using Monitor.Feeds.Parsing;

namespace Monitor.Feeds.Tests.Parsing;

public class FeedDateParserTests
{
    [Theory]
    [InlineData("Tue, 12 Mar 2024 08:30:00 GMT", "2024-03-12T08:30:00Z")]
    [InlineData("Tue, 12 Mar 2024 08:30:00 +0200", "2024-03-12T06:30:00Z")]
    [InlineData("12 Mar 2024 08:30 EST", "2024-03-12T13:30:00Z")]
    [InlineData("Mon, 12 Mar 24 08:30:00 UT", "2024-03-12T08:30:00Z")]
    [InlineData("Tue,12 Sept 2024 08:30:00 +0000", "2024-09-12T08:30:00Z")]
    [InlineData("Thursday, 12 March 2024 08:30:00 GMT", "2024-03-12T08:30:00Z")]
    [InlineData("2024-03-12T08:30:00Z", "2024-03-12T08:30:00Z")]
    [InlineData("2024-03-12T10:30:00.123+02:00", "2024-03-12T08:30:00.123Z")]
    [InlineData("2024-03-12 08:30:00", "2024-03-12T08:30:00Z")]
    [InlineData("2024-03-12", "2024-03-12T00:00:00Z")]
    [InlineData("20240312T083000Z", "2024-03-12T08:30:00Z")]
    [InlineData("March 12, 2024 8:30 AM", "2024-03-12T08:30:00Z")]
    [InlineData("  Tue,  12   Mar 2024 08:30:00   GMT ", "2024-03-12T08:30:00Z")]
    [InlineData("1710232200", "2024-03-12T08:30:00Z")]
    public void Parses_Real_World_Formats(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDateParser.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("32 Foo 2024 99:99:99")]
    [InlineData("Mon, 01 Jan 1900 00:00:00 GMT")]
    public void Returns_Null_For_Unusable_Dates(string? text) => Assert.Null(FeedDateParser.Parse(text));
}
