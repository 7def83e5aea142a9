using System.Net;
using System.Net.Http.Headers;
using Monitor.Demo;

namespace Monitor.Tests.Demo;

/// <summary>The demo's site server on the real sample site copied to the output folder.</summary>
public sealed class SampleSiteServerTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private SampleSiteServer _site = null!;

    public async Task InitializeAsync() => _site = await SampleSiteServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Feeds_And_Pages_Have_The_Base_Placeholder_Replaced_By_The_Server_Address()
    {
        Assert.Equal(3, _site.FeedUrls.Count);
        foreach (var feedUrl in _site.FeedUrls)
        {
            var feed = await _http.GetStringAsync(feedUrl);
            Assert.DoesNotContain(SampleSiteServer.BasePlaceholder, feed, StringComparison.Ordinal);
            Assert.Contains(_site.BaseAddress + "/articles/", feed, StringComparison.Ordinal);
        }

        var page = await _http.GetStringAsync(new Uri(_site.BaseAddress + "/articles/misrata-port-control-unit-opens.html"));
        Assert.DoesNotContain(SampleSiteServer.BasePlaceholder, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{_site.BaseAddress}/articles/misrata-port-control-unit-opens.html\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conditional_Request_With_The_Served_ETag_Is_Answered_304_And_Counted()
    {
        var feedUrl = _site.FeedUrls[0];
        using var first = await _http.GetAsync(feedUrl);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = Assert.IsType<EntityTagHeaderValue>(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var second = await _http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        var traffic = _site.Traffic.Snapshot();
        Assert.Equal(1, traffic.FeedResponses);
        Assert.Equal(1, traffic.FeedsNotModified);
        Assert.True(traffic.FeedItemsServed > 0);
    }

    [Fact]
    public async Task Conditional_Request_With_If_Modified_Since_Is_Answered_304()
    {
        using var first = await _http.GetAsync(_site.FeedUrls[1]);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, _site.FeedUrls[1]);
        conditional.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var second = await _http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_Changed_ETag_Gets_The_Full_Feed_And_Unknown_Paths_Get_404()
    {
        using var conditional = new HttpRequestMessage(HttpMethod.Get, _site.FeedUrls[2]);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using var changed = await _http.SendAsync(conditional);
        using var missing = await _http.GetAsync(new Uri(_site.BaseAddress + "/articles/no-such-story.html"));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
