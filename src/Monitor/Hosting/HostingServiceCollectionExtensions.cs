using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Monitor.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>Registers a function implementation (a singleton; it must be safe to call concurrently).</summary>
    public static IServiceCollection AddMonitorFunction<TFunction>(this IServiceCollection services)
        where TFunction : MonitorFunction
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MonitorFunction, TFunction>());
        return services;
    }

    /// <summary>Registers an existing function object.</summary>
    public static IServiceCollection AddMonitorFunction(this IServiceCollection services, MonitorFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        services.AddSingleton(function);
        return services;
    }

    /// <summary>Registers the <see cref="FunctionRegistry"/> that checks registered functions against <paramref name="catalog"/>.</summary>
    public static IServiceCollection AddFunctionRegistry(this IServiceCollection services, IReadOnlyList<FunctionDefinition> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        services.TryAddSingleton(sp => new FunctionRegistry(catalog, sp.GetServices<MonitorFunction>()));
        return services;
    }
}
