using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitor.Testing;

/// <summary>
/// A real Kestrel server on a free loopback port that serves feeds, pages and whatever a test maps.
/// Every request is recorded so tests can assert what the monitor sent.
/// </summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];

    private LocalWebServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <summary>Starts a server; <paramref name="map"/> adds its endpoints (app.MapGet and friends).</summary>
    public static async Task<LocalWebServer> StartAsync(Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LocalWebServer? server = null;
        app.Use(async (context, next) =>
        {
            server?.Record(context.Request);
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Urls.First();
        server = new LocalWebServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        return server;
    }

    private void Record(HttpRequest request)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method, request.Path + request.QueryString, headers));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers);
