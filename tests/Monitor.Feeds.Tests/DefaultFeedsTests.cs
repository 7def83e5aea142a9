namespace Monitor.Feeds.Tests;

public class DefaultFeedsTests
{
    [Fact]
    public void Default_List_Loads_At_Least_Eight_Unique_Http_Feeds()
    {
        var feeds = DefaultFeeds.Load();

        Assert.True(feeds.Count >= 8, $"Only {feeds.Count} default feeds.");
        Assert.All(feeds, f => Assert.Contains(f.Url.Scheme, new[] { "http", "https" }));
        Assert.All(feeds, f => Assert.False(string.IsNullOrWhiteSpace(f.Title)));
        Assert.Equal(feeds.Count, feeds.Select(f => f.Url.AbsoluteUri).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Default_List_Covers_Libyan_News_Un_And_Eu_Sources()
    {
        var hosts = DefaultFeeds.Load().Select(f => f.Url.Host).ToList();

        Assert.Contains(hosts, h => h.Contains("libya", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(hosts, h => h.EndsWith("un.org", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(hosts, h => h.EndsWith("europa.eu", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Default_Feeds_Become_Distinct_Subscriptions()
    {
        var now = DateTimeOffset.UnixEpoch;
        var subscriptions = DefaultFeeds.Load().Select(f => f.ToSubscription(now)).ToList();

        Assert.Equal(subscriptions.Count, subscriptions.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(subscriptions, s => Assert.True(s.Enabled));
    }
}
