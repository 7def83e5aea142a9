using Microsoft.Extensions.DependencyInjection;

namespace Monitor.Fetch.Tests.Support;

/// <summary>A real <see cref="PageFetcher"/> built through <c>AddMonitorFetch</c>, as the hosts build it.</summary>
internal sealed class TestFetcher : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestFetcher(ServiceProvider services)
    {
        _services = services;
        Fetcher = services.GetRequiredService<IPageFetcher>();
    }

    public IPageFetcher Fetcher { get; }

    /// <summary>A fetcher allowed to reach the loopback test server, unless <paramref name="configure"/> says otherwise.</summary>
    public static TestFetcher Create(Action<FetchOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (timeProvider is not null)
            services.AddSingleton(timeProvider);
        services.AddMonitorFetch(options =>
        {
            options.AllowPrivateNetworks = true;
            configure?.Invoke(options);
        });
        return new TestFetcher(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public Task<FetchResponse> FetchAsync(Uri url, CancellationToken cancellationToken = default) =>
        Fetcher.FetchAsync(new FetchRequest(url), cancellationToken);

    public Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default) =>
        Fetcher.FetchAsync(request, cancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
