using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

// One class, so the tests run one after another and the allocation measurement sees only its own fetch.
public sealed class BodyLimitTests
{
    private const int SmallCap = 64 * 1024;

    [Fact]
    public async Task Gzip_Bomb_Is_Stopped_At_The_Cap_With_Bounded_Memory()
    {
        var bomb = Bodies.GzipBomb;
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/bomb.xml", (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/rss+xml";
            return context.Response.Body.WriteAsync(bomb).AsTask();
        }));
        await using var fetcher = TestFetcher.Create();
        var defaultCap = new FetchOptions().MaxBodyBytes;

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var response = await fetcher.FetchAsync(server.Url("/bomb.xml"));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.True(bomb.Length < 1024 * 1024, $"the bomb should be small on the wire, was {bomb.Length} bytes");
        Assert.Equal(FetchOutcome.Failed, response.Outcome);
        Assert.Equal(FetchErrorKind.TooLarge, response.Error?.Kind);
        Assert.True(response.Body.IsEmpty);
        // Inflating all 200 MB would allocate at least that much; stopping at the cap costs a few times the cap.
        Assert.True(allocated < 5 * defaultCap, $"allocated {allocated / (1024 * 1024)} MB while reading a capped body");
    }

    [Fact]
    public async Task Streamed_Body_Over_The_Cap_Is_Too_Large()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/big", async (HttpContext context) =>
        {
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 64 && !context.RequestAborted.IsCancellationRequested; i++)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        }));
        await using var fetcher = TestFetcher.Create(options => options.MaxBodyBytes = SmallCap);

        var response = await fetcher.FetchAsync(server.Url("/big"));

        Assert.Equal(FetchErrorKind.TooLarge, response.Error?.Kind);
        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Declared_Content_Length_Over_The_Cap_Is_Too_Large()
    {
        var body = new byte[SmallCap + 1];
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/big", (HttpContext context) =>
        {
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        }));
        await using var fetcher = TestFetcher.Create(options => options.MaxBodyBytes = SmallCap);

        var response = await fetcher.FetchAsync(server.Url("/big"));

        Assert.Equal(FetchErrorKind.TooLarge, response.Error?.Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SmallCap)]
    public async Task Body_Up_To_The_Cap_Is_Returned_Whole(int size)
    {
        var body = new byte[size];
        new Random(size).NextBytes(body);
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/exact", async (HttpContext context) =>
        {
            // Two writes without Content-Length: the client cannot know the size in advance.
            await context.Response.Body.WriteAsync(body.AsMemory(0, size / 2));
            await context.Response.Body.FlushAsync();
            await context.Response.Body.WriteAsync(body.AsMemory(size / 2));
        }));
        await using var fetcher = TestFetcher.Create(options => options.MaxBodyBytes = SmallCap);

        var response = await fetcher.FetchAsync(server.Url("/exact"));

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Equal(body, response.Body.ToArray());
    }
}
