using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Net.Http.Headers;

namespace Monitor.Bench;

/// <summary>
/// The benchmark's news sites: one Kestrel listening on several loopback ports, each port a separate "site"
/// (the fetcher limits connections per scheme, host and port, as it would per real outlet). Feeds carry an
/// ETag and answer 304 to a matching If-None-Match; pages are generated on request so they cost no memory.
/// </summary>
public sealed class BenchSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<int, int> _itemsPerFeed;
    private readonly ConcurrentDictionary<int, (byte[] Body, string ETag)> _feeds = new();
    private Dictionary<int, int> _siteByPort = [];
    private Uri[] _sites = [];
    private int _pageRequests;
    private int _feedResponses;
    private int _feedsNotModified;

    private BenchSiteServer(WebApplication app, Func<int, int> itemsPerFeed)
    {
        _app = app;
        _itemsPerFeed = itemsPerFeed;
    }

    public int SiteCount => _sites.Length;

    public int PageRequests => Volatile.Read(ref _pageRequests);

    public int FeedResponses => Volatile.Read(ref _feedResponses);

    public int FeedsNotModified => Volatile.Read(ref _feedsNotModified);

    /// <param name="sites">Loopback ports to listen on; feed <c>f</c> and its pages live on site <c>f % sites</c>.</param>
    /// <param name="itemsPerFeed">How many items feed <c>f</c> lists.</param>
    public static async Task<BenchSiteServer> StartAsync(int sites, Func<int, int> itemsPerFeed, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sites, 1);
        ArgumentNullException.ThrowIfNull(itemsPerFeed);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            for (var i = 0; i < sites; i++)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        var app = builder.Build();
        var server = new BenchSiteServer(app, itemsPerFeed);
        app.Run(server.ServeAsync);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.EndsWith('/') ? a : a + "/"))
            .OrderBy(u => u.Port)
            .ToArray();
        server._sites = addresses;
        server._siteByPort = addresses.Select((u, i) => (u.Port, i)).ToDictionary(p => p.Port, p => p.i);
        return server;
    }

    public Uri SiteOf(int feed) => _sites[feed % _sites.Length];

    public Uri FeedUrl(int feed) => new(SiteOf(feed), $"feeds/{feed.ToString(CultureInfo.InvariantCulture)}.xml");

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!_siteByPort.TryGetValue(context.Connection.LocalPort, out var site))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (segments is ["feeds", var feedFile] && int.TryParse(Path.GetFileNameWithoutExtension(feedFile), CultureInfo.InvariantCulture, out var feed)
            && feed % _sites.Length == site)
        {
            await ServeFeedAsync(context, feed);
        }
        else if (segments is ["articles", var feedSegment, var pageFile]
            && int.TryParse(feedSegment, CultureInfo.InvariantCulture, out var pageFeed)
            && int.TryParse(Path.GetFileNameWithoutExtension(pageFile), CultureInfo.InvariantCulture, out var index))
        {
            Interlocked.Increment(ref _pageRequests);
            var body = Encoding.UTF8.GetBytes(BenchPageGenerator.Page(_sites[site], pageFeed, index));
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task ServeFeedAsync(HttpContext context, int feed)
    {
        var (body, etag) = _feeds.GetOrAdd(feed, f =>
        {
            var bytes = Encoding.UTF8.GetBytes(BenchPageGenerator.Feed(SiteOf(f), f, _itemsPerFeed(f)));
            return (bytes, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"");
        });
        context.Response.GetTypedHeaders().ETag = EntityTagHeaderValue.Parse(etag);
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags && tags.Any(t => string.Equals(t.Tag.Value, etag, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _feedsNotModified);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        Interlocked.Increment(ref _feedResponses);
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
