using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class HostConcurrencyTests
{
    [Fact]
    public async Task No_More_Than_Two_Requests_Are_In_Flight_To_One_Host()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/page/{n:int}", async (int n) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref inFlight);
            return Results.Text($"page {n}");
        }));
        await using var fetcher = TestFetcher.Create();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => fetcher.FetchAsync(server.Url($"/page/{n}"))));

        Assert.All(responses, response => Assert.Equal(FetchOutcome.Ok, response.Outcome));
        Assert.Equal(2, maxInFlight);
    }

    // Only the silent server needs a short timeout to fail; the others get a generous one, so that a loaded test machine
    // cannot make the follow-up fetch time out.
    [Theory]
    [InlineData("/missing", 10)]
    [InlineData("/big", 10)]
    [InlineData("/silent", 2)]
    public async Task Slot_Is_Released_When_A_Fetch_Fails(string failingPath, int timeoutSeconds)
    {
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/big", () => new string('x', 4096));
            app.MapGet("/silent", async (HttpContext context) => await Task.Delay(Timeout.Infinite, context.RequestAborted));
            app.MapGet("/ok", () => "fine");
        });
        await using var fetcher = TestFetcher.Create(options =>
        {
            options.MaxConnectionsPerHost = 1;
            options.MaxBodyBytes = 1024;
            options.RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds);
        });
        using (var warmUp = new HttpClient())
        {
            // The server's first request pays for its start-up; the fetch under test should not.
            await warmUp.GetStringAsync(server.Url("/ok"));
        }

        var failed = await fetcher.FetchAsync(server.Url(failingPath));
        var response = await fetcher.FetchAsync(server.Url("/ok"));

        Assert.Equal(FetchOutcome.Failed, failed.Outcome);
        Assert.Equal(FetchOutcome.Ok, response.Outcome);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }
}
