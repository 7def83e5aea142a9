using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class DecompressionTests
{
    private const string Page = "<html><body><p>Joint patrol agreed between coast guards.</p></body></html>";

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compressed_Body_Is_Returned_Decompressed(string contentEncoding)
    {
        var compressed = Bodies.Compress(Encoding.UTF8.GetBytes(Page), contentEncoding);
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/page", (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = contentEncoding;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.Body.WriteAsync(compressed).AsTask();
        }));
        await using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/page"));

        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Equal(Page, response.DecodeText(isXml: false));
        Assert.Contains(contentEncoding, Assert.Single(server.Requests).Headers["Accept-Encoding"], StringComparison.Ordinal);
    }
}
