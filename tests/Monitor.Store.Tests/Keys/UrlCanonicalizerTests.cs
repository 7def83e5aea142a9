using Monitor.Store.Keys;

namespace Monitor.Store.Tests.Keys;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/world/story-1", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com:443/world/story-1", "https://news.example.com/world/story-1")]
    [InlineData("http://news.example.com:80/world/story-1", "http://news.example.com/world/story-1")]
    [InlineData("https://news.example.com:8443/world/story-1", "https://news.example.com:8443/world/story-1")]
    [InlineData("https://news.example.com/world/story-1#comments", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com/world/story-1/", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com/", "https://news.example.com/")]
    [InlineData("https://news.example.com", "https://news.example.com/")]
    [InlineData("https://news.example.com/a?utm_source=x&utm_medium=rss&id=7", "https://news.example.com/a?id=7")]
    [InlineData("https://news.example.com/a?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&ref=home&ocid=x&igshid=y", "https://news.example.com/a")]
    [InlineData("https://news.example.com/a?b=2&a=1&UTM_Campaign=z", "https://news.example.com/a?a=1&b=2")]
    [InlineData("https://user:pw@news.example.com/a", "https://news.example.com/a")]
    public void Canonicalize_Normalises_Variants(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)).AbsoluteUri);

    [Fact]
    public void Canonicalize_Keeps_Path_Case_And_Meaningful_Parameters()
    {
        var url = UrlCanonicalizer.Canonicalize(new Uri("https://news.example.com/World/Story?page=2&id=A"));

        Assert.Equal("https://news.example.com/World/Story?id=A&page=2", url.AbsoluteUri);
    }

    [Fact]
    public void Canonicalize_Rejects_Relative_Urls() =>
        Assert.Throws<ArgumentException>(() => UrlCanonicalizer.Canonicalize(new Uri("/news/1", UriKind.Relative)));
}
