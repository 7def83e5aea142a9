using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitor.Events;
using Monitor.Store.Articles;
using Monitor.Store.Events;
using Monitor.Store.Feeds;

namespace Monitor.Store;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MonitorStorage"/>, <see cref="FeedStore"/>, <see cref="ArticleStore"/> and <see cref="EventStore"/>
    /// (also as <see cref="IEventIndex"/>) as singletons. The host still calls <see cref="MonitorStorage.EnsureCreatedAsync"/> once.
    /// </summary>
    public static IServiceCollection AddMonitorStorage(this IServiceCollection services, Action<StorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<StorageOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString is required.")
            .Validate(o => o.InlineTextLimit is > 0 and <= 30_000, "Storage:InlineTextLimit must be 1..30000 characters.");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MonitorStorage>();
        services.TryAddSingleton<FeedStore>();
        services.TryAddSingleton<ArticleStore>();
        services.TryAddSingleton<EventStore>();
        services.TryAddSingleton<IEventIndex>(sp => sp.GetRequiredService<EventStore>());
        return services;
    }
}
