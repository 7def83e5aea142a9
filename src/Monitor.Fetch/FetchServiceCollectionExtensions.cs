using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace Monitor.Fetch;

public static class FetchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPageFetcher"/> (a singleton <see cref="PageFetcher"/>), its validated
    /// <see cref="FetchOptions"/> and the named HttpClient <see cref="PageFetcher.HttpClientName"/> with a
    /// guarded SocketsHttpHandler and a retry handler for transient failures.
    /// </summary>
    public static IServiceCollection AddMonitorFetch(this IServiceCollection services, Action<FetchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<FetchOptions>();
        if (configure is not null)
            options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(PageFetcher.HttpClientName)
            .ConfigureHttpClient(client =>
            {
                // The fetcher enforces its own deadline, which also covers the body read.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => CreatePrimaryHandler(provider.GetRequiredService<IOptions<FetchOptions>>().Value))
            .AddResilienceHandler("fetch-retry", (pipeline, context) =>
            {
                var fetchOptions = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                if (fetchOptions.MaxRetryAttempts > 0)
                {
                    var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                    pipeline.AddRetry(TransientFailurePolicy.CreateRetryOptions(fetchOptions, timeProvider));
                }
            });

        services.TryAddSingleton<IPageFetcher, PageFetcher>();
        return services;
    }

    private static SocketsHttpHandler CreatePrimaryHandler(FetchOptions options) => new()
    {
        ConnectCallback = options.AllowPrivateNetworks ? null : GuardedConnector.ConnectAsync,
        // A proxy would receive the connection instead of the checked address.
        UseProxy = false,
        // Redirects are followed by the fetcher, which counts hops, detects loops and checks schemes.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.ConnectTimeout,
        MaxConnectionsPerServer = options.MaxConnectionsPerHost,
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        UseCookies = false,
        MaxResponseHeadersLength = 64,
    };
}
