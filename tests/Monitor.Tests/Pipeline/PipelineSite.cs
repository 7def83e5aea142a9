using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Testing;

namespace Monitor.Tests.Pipeline;

/// <summary>
/// Serves TestData/Pipeline over real Kestrel: feeds with a stable ETag (304 on a matching If-None-Match),
/// article pages, and 404 for anything missing. <c>{{BASE}}</c> in a file becomes the server's address.
/// </summary>
internal static class PipelineSite
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "Pipeline");

    public static Task<LocalWebServer> StartAsync()
    {
        LocalWebServer? server = null;
        var started = LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/feeds/{name}", (string name, HttpContext context) => Serve(context, name, "application/rss+xml", server!.BaseUrl, conditional: true));
            app.MapGet("/articles/{name}", (string name, HttpContext context) => Serve(context, name, "text/html; charset=utf-8", server!.BaseUrl, conditional: false));
        });
        return started.ContinueWith(t => server = t.Result, TaskScheduler.Default);
    }

    private static async Task Serve(HttpContext context, string name, string contentType, Uri baseUrl, bool conditional)
    {
        var path = Path.Combine(Root, Path.GetFileName(name));
        if (!File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var body = (await File.ReadAllTextAsync(path)).Replace("{{BASE}}", baseUrl.AbsoluteUri, StringComparison.Ordinal);
        var etag = $"\"{(uint)body.GetHashCode(StringComparison.Ordinal):x8}\"";
        if (conditional && context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (conditional)
        {
            context.Response.Headers.ETag = etag;
        }

        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    }
}
