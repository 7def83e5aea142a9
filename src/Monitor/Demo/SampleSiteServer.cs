using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Net.Http.Headers;

namespace Monitor.Demo;

/// <summary>
/// Serves the demo's static sample site from a loopback port, with <c>{{BASE}}</c> replaced by the server's own
/// address. Every file has a fixed ETag and Last-Modified, so a polite client's second poll is answered 304.
/// </summary>
public sealed partial class SampleSiteServer : IAsyncDisposable
{
    /// <summary>The placeholder the site's files use for their own address.</summary>
    public const string BasePlaceholder = "{{BASE}}";

    /// <summary>A fixed date for every file: the site is static, and the date must not change between builds.</summary>
    private static readonly DateTimeOffset PublishedAt = new(2026, 11, 12, 0, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private Dictionary<string, SiteFile> _files = [];

    private SampleSiteServer(WebApplication app) => _app = app;

    /// <summary>The server's address without a trailing slash, as substituted for <c>{{BASE}}</c>.</summary>
    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>The site's feeds (files under <c>feeds/</c>), in name order.</summary>
    public IReadOnlyList<Uri> FeedUrls { get; private set; } = [];

    public SiteTraffic Traffic { get; } = new();

    /// <summary>The sample site shipped next to the executable.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "Demo", "SampleSite");

    /// <exception cref="DirectoryNotFoundException">The site folder is missing.</exception>
    public static async Task<SampleSiteServer> StartAsync(string? rootDirectory = null, CancellationToken cancellationToken = default)
    {
        var root = rootDirectory ?? DefaultRoot;
        if (!Directory.Exists(Path.Combine(root, "feeds")))
        {
            throw new DirectoryNotFoundException($"The demo's sample site is missing: no feeds under '{root}'.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new SampleSiteServer(app);
        app.Run(server.ServeAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Load(root, address.TrimEnd('/'));
        return server;
    }

    private void Load(string root, string baseAddress)
    {
        BaseAddress = baseAddress;
        var files = new Dictionary<string, SiteFile>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = "/" + Path.GetRelativePath(root, path).Replace('\\', '/');
            var text = File.ReadAllText(path).Replace(BasePlaceholder, baseAddress, StringComparison.Ordinal);
            var body = Encoding.UTF8.GetBytes(text);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 8)) + "\"";
            var isFeed = relative.StartsWith("/feeds/", StringComparison.Ordinal);
            files[relative] = new SiteFile(body, ContentType(relative, text), etag, isFeed, isFeed ? FeedItems().Count(text) : 0);
        }

        _files = files;
        FeedUrls = [.. files.Where(f => f.Value.IsFeed).Select(f => new Uri(baseAddress + f.Key)).OrderBy(u => u.AbsolutePath, StringComparer.Ordinal)];
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value is null or "/" ? "/index.html" : context.Request.Path.Value;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!_files.TryGetValue(path, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (path.StartsWith("/articles/", StringComparison.Ordinal))
        {
            Traffic.PageRequested();
        }

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(file.ETag);
        headers.LastModified = PublishedAt;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };
        if (IsNotModified(context.Request, file))
        {
            if (file.IsFeed)
            {
                Traffic.FeedNotModified();
            }

            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (file.IsFeed)
        {
            Traffic.FeedServed(file.Items);
        }

        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(file.Body, context.RequestAborted);
        }
    }

    /// <summary>If-None-Match wins over If-Modified-Since, as RFC 9110 says.</summary>
    private static bool IsNotModified(HttpRequest request, SiteFile file)
    {
        var conditions = request.GetTypedHeaders();
        if (conditions.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || string.Equals(t.Tag.Value, file.ETag, StringComparison.Ordinal));
        }

        return conditions.IfModifiedSince is { } since && since >= PublishedAt;
    }

    private static string ContentType(string path, string text) => Path.GetExtension(path) switch
    {
        ".xml" when text.Contains("<feed", StringComparison.Ordinal) => "application/atom+xml; charset=utf-8",
        ".xml" => "application/rss+xml; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    };

    [GeneratedRegex("<item[\\s>]|<entry[\\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex FeedItems();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record SiteFile(byte[] Body, string ContentType, string ETag, bool IsFeed, int Items);
}
