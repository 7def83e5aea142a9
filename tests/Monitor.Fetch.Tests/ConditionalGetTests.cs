using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class ConditionalGetTests
{
    // Deliberately unusual forms: a weak ETag and an RFC 850 date must come back untouched, not re-formatted.
    private const string StoredETag = "W/\"feed-42:v7\"";
    private const string StoredLastModified = "Sunday, 06-Nov-94 08:49:37 GMT";

    [Fact]
    public async Task Stored_Validators_Are_Echoed_Exactly()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
            app.MapGet("/feed", () => Results.StatusCode(StatusCodes.Status304NotModified)));
        await using var fetcher = TestFetcher.Create();

        await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")) { ETag = StoredETag, LastModified = StoredLastModified });

        var sent = Assert.Single(server.Requests).Headers;
        Assert.Equal(StoredETag, sent["If-None-Match"]);
        Assert.Equal(StoredLastModified, sent["If-Modified-Since"]);
    }

    [Fact]
    public async Task First_Fetch_Sends_No_Validators_And_Identifies_The_Monitor()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", () => "<rss/>"));
        await using var fetcher = TestFetcher.Create();

        await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")) { Purpose = FetchPurpose.Feed });

        var sent = Assert.Single(server.Requests).Headers;
        Assert.False(sent.ContainsKey("If-None-Match"));
        Assert.False(sent.ContainsKey("If-Modified-Since"));
        Assert.Equal("Monitor/1.0 (+security-cooperation news monitor)", sent["User-Agent"]);
        Assert.Contains("application/rss+xml", sent["Accept"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_Modified_Costs_Nothing_And_Keeps_The_Stored_Validators()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
            app.MapGet("/feed", () => Results.StatusCode(StatusCodes.Status304NotModified)));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")) { ETag = StoredETag, LastModified = StoredLastModified });

        Assert.Equal(FetchOutcome.NotModified, response.Outcome);
        Assert.Equal(304, response.StatusCode);
        Assert.True(response.Body.IsEmpty);
        Assert.Null(response.Error);
        Assert.Equal(StoredETag, response.ETag);
        Assert.Equal(StoredLastModified, response.LastModified);
    }

    [Fact]
    public async Task Changed_Resource_Returns_Body_With_The_New_Validators_As_Sent()
    {
        const string newETag = "\"feed-42:v8\"";
        const string newLastModified = "Wed, 12 Mar 2025 10:15:00 GMT";
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", (HttpContext context) =>
        {
            context.Response.Headers.ETag = newETag;
            context.Response.Headers.LastModified = newLastModified;
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.WriteAsync("<rss version=\"2.0\"><channel/></rss>");
        }));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")) { ETag = StoredETag, LastModified = StoredLastModified });

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Equal("<rss version=\"2.0\"><channel/></rss>", Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal(newETag, response.ETag);
        Assert.Equal(newLastModified, response.LastModified);
        Assert.Equal("application/rss+xml", response.ContentType);
        Assert.Equal("utf-8", response.Charset);
    }

    [Fact]
    public async Task Validators_With_Control_Characters_Are_Not_Sent()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", () => "ok"));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")) { ETag = "\"a\"\r\nX-Injected: 1" });

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        var sent = Assert.Single(server.Requests).Headers;
        Assert.False(sent.ContainsKey("If-None-Match"));
        Assert.False(sent.ContainsKey("X-Injected"));
    }
}
