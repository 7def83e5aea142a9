using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class RedirectTests
{
    [Fact]
    public async Task Chain_Longer_Than_The_Limit_Is_Too_Many_Redirects()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/hop/{n:int}", (int n, HttpContext context) =>
            Redirect(context, StatusCodes.Status302Found, $"/hop/{n + 1}")));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/hop/0"));

        Assert.Equal(FetchErrorKind.TooManyRedirects, response.Error?.Kind);
        // The start plus the five hops allowed; the sixth Location is never requested.
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task Chain_Of_Exactly_The_Limit_Is_Followed()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/hop/{n:int}", (int n, HttpContext context) =>
                Redirect(context, StatusCodes.Status307TemporaryRedirect, n < 4 ? $"/hop/{n + 1}" : "/end"));
            app.MapGet("/end", () => "arrived");
        });
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/hop/0"));

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Equal(server.Url("/end"), response.FinalUrl);
        Assert.Equal(server.Url("/hop/0"), response.RequestedUrl);
    }

    [Fact]
    public async Task Redirect_Back_To_A_Visited_Url_Is_A_Loop()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/a", (HttpContext context) => Redirect(context, StatusCodes.Status302Found, "/b"));
            app.MapGet("/b", (HttpContext context) => Redirect(context, StatusCodes.Status302Found, "/a"));
        });
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/a"));

        Assert.Equal(FetchErrorKind.RedirectLoop, response.Error?.Kind);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(StatusCodes.Status301MovedPermanently, StatusCodes.Status301MovedPermanently)]
    [InlineData(StatusCodes.Status308PermanentRedirect, StatusCodes.Status308PermanentRedirect)]
    [InlineData(StatusCodes.Status301MovedPermanently, StatusCodes.Status308PermanentRedirect)]
    public async Task Permanent_Hops_Only_Report_The_New_Url(int firstStatus, int secondStatus)
    {
        await using var server = await LocalWebServer.StartAsync(app => MapTwoHops(app, firstStatus, secondStatus));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/old"));

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Equal(server.Url("/feeds/new.xml"), response.PermanentRedirect);
        Assert.Equal(server.Url("/feeds/new.xml"), response.FinalUrl);
    }

    [Theory]
    [InlineData(StatusCodes.Status302Found, StatusCodes.Status302Found)]
    [InlineData(StatusCodes.Status301MovedPermanently, StatusCodes.Status302Found)]
    [InlineData(StatusCodes.Status307TemporaryRedirect, StatusCodes.Status308PermanentRedirect)]
    public async Task Any_Temporary_Hop_Means_No_Permanent_Redirect(int firstStatus, int secondStatus)
    {
        await using var server = await LocalWebServer.StartAsync(app => MapTwoHops(app, firstStatus, secondStatus));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/old"));

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Null(response.PermanentRedirect);
        Assert.Equal(server.Url("/feeds/new.xml"), response.FinalUrl);
    }

    [Fact]
    public async Task Redirect_To_A_Non_Http_Scheme_Is_An_Invalid_Url()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
            app.MapGet("/old", (HttpContext context) => Redirect(context, StatusCodes.Status302Found, "file:///etc/passwd")));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/old"));

        Assert.Equal(FetchErrorKind.InvalidUrl, response.Error?.Kind);
    }

    // /old -> (relative "mid") /feeds/mid -> (relative "../feeds/new.xml") /feeds/new.xml
    private static void MapTwoHops(WebApplication app, int firstStatus, int secondStatus)
    {
        app.MapGet("/old", (HttpContext context) => Redirect(context, firstStatus, "/feeds/mid"));
        app.MapGet("/feeds/mid", (HttpContext context) => Redirect(context, secondStatus, "../feeds/new.xml"));
        app.MapGet("/feeds/new.xml", () => "<rss/>");
    }

    private static IResult Redirect(HttpContext context, int status, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(status);
    }
}
