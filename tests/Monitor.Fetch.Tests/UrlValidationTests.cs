using Monitor.Fetch.Tests.Support;

namespace Monitor.Fetch.Tests;

public sealed class UrlValidationTests
{
    [Theory]
    [InlineData("ftp://example.org/feed.xml")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("/relative/feed.xml")]
    [InlineData("http://user:secret@example.org/feed")]
    public async Task Url_That_Is_Not_Plain_Http_Is_Refused_Without_A_Request(string url)
    {
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(new Uri(url, UriKind.RelativeOrAbsolute));

        Assert.Equal(FetchOutcome.Failed, response.Outcome);
        Assert.Equal(FetchErrorKind.InvalidUrl, response.Error?.Kind);
    }
}
