using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class StatusTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 12, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Gone_Is_Reported_As_Gone()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", () => Results.StatusCode(410)));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Gone, response.Outcome);
        Assert.Equal(410, response.StatusCode);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Rate_Limit_With_Delta_Seconds_Returns_Retry_After(int status)
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(status);
        }));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.RateLimited, response.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), response.RetryAfter);
        Assert.Single(server.Requests); // never retried: the site asked us to wait
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Rate_Limit_With_Http_Date_Returns_The_Time_Left(int status)
    {
        var until = Now.AddMinutes(7).ToString("r", CultureInfo.InvariantCulture);
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = until;
            return Results.StatusCode(status);
        }));
        await using var fetcher = TestFetcher.Create(timeProvider: new FixedClock(Now));

        var response = await fetcher.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.RateLimited, response.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(7), response.RetryAfter);
    }

    [Fact]
    public async Task Rate_Limit_Without_Retry_After_Leaves_It_Unset()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", () => Results.StatusCode(429)));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.RateLimited, response.Outcome);
        Assert.Null(response.RetryAfter);
    }

    [Fact]
    public async Task Not_Found_Is_A_Failed_Http_Status()
    {
        await using var server = await LocalWebServer.StartAsync(app => { });
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/missing"));

        Assert.Equal(FetchOutcome.Failed, response.Outcome);
        Assert.Equal(FetchErrorKind.HttpStatus, response.Error?.Kind);
        Assert.Equal(404, response.StatusCode);
    }

    [Fact]
    public async Task Transient_Server_Error_Is_Retried()
    {
        var calls = 0;
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/flaky", () =>
            Interlocked.Increment(ref calls) == 1 ? Results.StatusCode(502) : Results.Text("recovered")));
        await using var fetcher = TestFetcher.Create(options => options.RetryBaseDelay = TimeSpan.FromMilliseconds(10));

        var response = await fetcher.FetchAsync(server.Url("/flaky"));

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Equal("recovered", response.DecodeText(isXml: false));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Persistent_Server_Error_Fails_After_The_Configured_Retries()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/down", () => Results.StatusCode(500)));
        await using var fetcher = TestFetcher.Create(options =>
        {
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        });

        var response = await fetcher.FetchAsync(server.Url("/down"));

        Assert.Equal(FetchErrorKind.HttpStatus, response.Error?.Kind);
        Assert.Equal(500, response.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }
}
