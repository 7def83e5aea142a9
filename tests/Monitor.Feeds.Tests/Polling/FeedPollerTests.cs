using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Feeds.Polling;
using Monitor.Feeds.Tests.Support;
using Monitor.Testing;

namespace Monitor.Feeds.Tests.Polling;

public sealed class FeedPollerTests : IAsyncLifetime, IDisposable
{
    private const string ETag = "W/\"rev-7\"";
    private const string LastModified = "Tue, 12 Mar 2024 08:30:00 GMT";

    private static readonly DateTimeOffset _start = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(_start);
    private readonly HttpClientPageFetcher _fetcher = new();
    private readonly FeedPollingOptions _options = new() { Interval = TimeSpan.FromMinutes(15), MaxBackoff = TimeSpan.FromHours(24) };
    private LocalWebServer _server = null!;
    private int _flakyFailuresLeft;

    public async Task InitializeAsync()
    {
        var rss = TestFiles.Read("rss20-basic.xml");
        _server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/conditional.xml", (HttpContext context) =>
            {
                if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                context.Response.Headers.ETag = ETag;
                context.Response.Headers.LastModified = LastModified;
                return Results.Text(rss, "application/rss+xml", System.Text.Encoding.UTF8);
            });
            app.MapGet("/old.xml", () => Results.Redirect("/new.xml", permanent: true, preserveMethod: false));
            app.MapGet("/old-308.xml", () => Results.Redirect("/new.xml", permanent: true, preserveMethod: true));
            app.MapGet("/temporary.xml", () => Results.Redirect("/new.xml", permanent: false));
            app.MapGet("/new.xml", () => Results.Text(rss, "application/rss+xml"));
            app.MapGet("/gone.xml", () => Results.StatusCode(StatusCodes.Status410Gone));
            app.MapGet("/busy.xml", (HttpContext context) =>
            {
                context.Response.Headers.RetryAfter = "7200";
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            });
            app.MapGet("/busy-briefly.xml", (HttpContext context) =>
            {
                context.Response.Headers.RetryAfter = "30";
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            });
            app.MapGet("/flaky.xml", () =>
                Interlocked.Decrement(ref _flakyFailuresLeft) >= 0 ? Results.StatusCode(500) : Results.Text(rss, "application/rss+xml"));
            app.MapGet("/not-a-feed.html", () => Results.Text(TestFiles.Read("page.html"), "text/html"));
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _fetcher.Dispose();

    private FeedPoller Poller() => new(_fetcher, _options, _clock);

    private FeedSubscription Subscription(string path) => FeedSubscription.Create(_server.Url(path), null, _start);

    [Fact]
    public async Task First_200_Stores_Validators_As_Received_And_Returns_Entries()
    {
        var result = await Poller().PollAsync(Subscription("conditional.xml"));

        Assert.Equal(FeedPollStatus.Updated, result.Status);
        Assert.Equal(3, result.Entries.Count);
        Assert.Equal(ETag, result.Feed.ETag);
        Assert.Equal(LastModified, result.Feed.LastModified);
        Assert.Equal("Coastal Watch Bulletin", result.Feed.Title);
        Assert.Equal(_start, result.Feed.LastPolledAt);
        Assert.Equal(_start + _options.Interval, result.Feed.NextPollAt);
    }

    [Fact]
    public async Task Stored_ETag_Is_Echoed_And_304_Means_NotModified_Without_Entries()
    {
        var poller = Poller();
        var first = await poller.PollAsync(Subscription("conditional.xml"));
        _clock.Advance(TimeSpan.FromMinutes(20));

        var second = await poller.PollAsync(first.Feed);

        var conditional = _server.Requests[^1];
        Assert.Equal(ETag, conditional.Headers["If-None-Match"]);
        Assert.Equal(LastModified, conditional.Headers["If-Modified-Since"]);
        Assert.Equal(FeedPollStatus.NotModified, second.Status);
        Assert.Empty(second.Entries);
        Assert.Equal(ETag, second.Feed.ETag);
        Assert.Equal(_clock.Now + _options.Interval, second.Feed.NextPollAt);
    }

    [Theory]
    [InlineData("old.xml")]
    [InlineData("old-308.xml")]
    public async Task Permanent_Redirect_Updates_The_Url_And_Keeps_The_Id(string path)
    {
        var feed = Subscription(path);

        var result = await Poller().PollAsync(feed);

        Assert.Equal(FeedPollStatus.Updated, result.Status);
        Assert.Equal(_server.Url("new.xml"), result.Feed.Url);
        Assert.Equal(feed.Id, result.Feed.Id);
    }

    [Fact]
    public async Task Temporary_Redirect_Keeps_The_Stored_Url()
    {
        var feed = Subscription("temporary.xml");

        var result = await Poller().PollAsync(feed);

        Assert.Equal(FeedPollStatus.Updated, result.Status);
        Assert.Equal(feed.Url, result.Feed.Url);
    }

    [Fact]
    public async Task Gone_Disables_The_Feed_With_A_Reason()
    {
        var result = await Poller().PollAsync(Subscription("gone.xml"));

        Assert.Equal(FeedPollStatus.Gone, result.Status);
        Assert.False(result.Feed.Enabled);
        Assert.Contains("410", result.Feed.DisabledReason, StringComparison.Ordinal);
        Assert.False(FeedSchedule.IsDue(result.Feed, _clock.Now + TimeSpan.FromDays(365)));
    }

    [Fact]
    public async Task Disabled_Feed_Is_Not_Fetched()
    {
        var feed = Subscription("conditional.xml") with { Enabled = false, DisabledReason = "gone" };

        var result = await Poller().PollAsync(feed);

        Assert.Equal("Disabled", result.ErrorKind);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Too_Many_Requests_Waits_For_Retry_After()
    {
        var result = await Poller().PollAsync(Subscription("busy.xml"));

        Assert.Equal(FeedPollStatus.RateLimited, result.Status);
        Assert.Equal(_start + TimeSpan.FromHours(2), result.Feed.NextPollAt);
        Assert.Equal(0, result.Feed.ConsecutiveFailures);
    }

    [Fact]
    public async Task Short_Retry_After_Still_Waits_A_Full_Interval()
    {
        var result = await Poller().PollAsync(Subscription("busy-briefly.xml"));

        Assert.Equal(FeedPollStatus.RateLimited, result.Status);
        Assert.Equal(_start + _options.Interval, result.Feed.NextPollAt);
    }

    [Fact]
    public async Task Failures_Back_Off_Exponentially_Up_To_The_Cap_And_Success_Resets()
    {
        _flakyFailuresLeft = 10;
        var poller = Poller();
        var feed = Subscription("flaky.xml");
        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var result = await poller.PollAsync(feed);
            Assert.Equal(FeedPollStatus.Failed, result.Status);
            Assert.Equal(attempt, result.Feed.ConsecutiveFailures);
            Assert.Equal("HttpStatus", result.Feed.LastErrorKind);
            delays.Add(result.Feed.NextPollAt - _clock.Now);
            feed = result.Feed;
            _clock.Now = feed.NextPollAt;
        }

        for (var attempt = 1; attempt <= delays.Count; attempt++)
        {
            var expected = TimeSpan.FromTicks(Math.Min(_options.Interval.Ticks << attempt, _options.MaxBackoff.Ticks));
            Assert.InRange(delays[attempt - 1], expected, expected * (1 + _options.BackoffJitter));
        }

        var recovered = await poller.PollAsync(feed);
        Assert.Equal(FeedPollStatus.Updated, recovered.Status);
        Assert.Equal(0, recovered.Feed.ConsecutiveFailures);
        Assert.Null(recovered.Feed.LastError);
        Assert.Equal(_clock.Now + _options.Interval, recovered.Feed.NextPollAt);
    }

    [Fact]
    public async Task Body_That_Is_Not_A_Feed_Fails_With_The_Parse_Kind_And_Keeps_No_Validators()
    {
        var result = await Poller().PollAsync(Subscription("not-a-feed.html"));

        Assert.Equal(FeedPollStatus.Failed, result.Status);
        Assert.Equal("NotAFeed", result.ErrorKind);
        Assert.Equal("NotAFeed", result.Feed.LastErrorKind);
        Assert.Equal(1, result.Feed.ConsecutiveFailures);
        Assert.Null(result.Feed.ETag);
    }

    [Fact]
    public async Task Unreachable_Server_Is_A_Network_Failure()
    {
        var port = _server.BaseUrl.Port;
        await _server.DisposeAsync();
        var feed = FeedSubscription.Create(new Uri($"http://127.0.0.1:{port}/feed.xml"), null, _start);

        var result = await Poller().PollAsync(feed);

        Assert.Equal(FeedPollStatus.Failed, result.Status);
        Assert.Equal("Network", result.ErrorKind);
        _server = await LocalWebServer.StartAsync(_ => { });
    }
}
