using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class DeadlineTests
{
    [Fact]
    public async Task Server_That_Never_Answers_Times_Out()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/silent", async (HttpContext context) =>
            await Task.Delay(Timeout.Infinite, context.RequestAborted)));
        await using var fetcher = TestFetcher.Create(options => options.RequestTimeout = TimeSpan.FromSeconds(1));

        var response = await fetcher.FetchAsync(server.Url("/silent"));

        Assert.Equal(FetchOutcome.Failed, response.Outcome);
        Assert.Equal(FetchErrorKind.Timeout, response.Error?.Kind);
    }

    [Fact]
    public async Task Server_That_Trickles_One_Byte_A_Second_Times_Out_During_The_Body()
    {
        var bytesSent = 0;
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/trickle", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 120; i++)
            {
                await context.Response.Body.WriteAsync("x"u8.ToArray(), context.RequestAborted);
                Interlocked.Increment(ref bytesSent);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
            }
        }));
        await using var fetcher = TestFetcher.Create(options => options.RequestTimeout = TimeSpan.FromSeconds(2));

        var response = await fetcher.FetchAsync(server.Url("/trickle"));

        Assert.Equal(FetchErrorKind.Timeout, response.Error?.Kind);
        // Headers and the first bytes went out, so the deadline fired while the body was being read.
        Assert.InRange(Volatile.Read(ref bytesSent), 1, 10);
    }

    [Fact]
    public async Task Caller_Cancellation_Throws_Instead_Of_Returning_A_Timeout()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/silent", async (HttpContext context) =>
            await Task.Delay(Timeout.Infinite, context.RequestAborted)));
        await using var fetcher = TestFetcher.Create(options => options.RequestTimeout = TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(server.Url("/silent"), cancellation.Token));
    }

    [Fact]
    public async Task Refused_Connection_Is_A_Network_Error()
    {
        var closedPort = FindClosedPort();
        await using var fetcher = TestFetcher.Create(options => options.RetryBaseDelay = TimeSpan.FromMilliseconds(10));

        var response = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{closedPort}/feed"));

        Assert.Equal(FetchOutcome.Failed, response.Outcome);
        Assert.Equal(FetchErrorKind.Network, response.Error?.Kind);
    }

    private static int FindClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
