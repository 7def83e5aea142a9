using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Extract.Batch;

namespace Monitor.Extract;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArticleExtractor"/> and <see cref="BatchExtractor"/> as singletons, with
    /// <see cref="ExtractionOptions"/> validated on start. Bind configuration with
    /// <c>services.Configure&lt;ExtractionOptions&gt;(config.GetSection(ExtractionOptions.SectionName))</c>.
    /// </summary>
    public static IServiceCollection AddArticleExtraction(
        this IServiceCollection services, Action<ExtractionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ExtractionOptions>().ValidateOnStart();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExtractionOptions>, ExtractionOptionsValidator>());
        services.TryAddSingleton(sp => new ArticleExtractor(
            sp.GetRequiredService<IOptions<ExtractionOptions>>().Value,
            sp.GetService<ILogger<ArticleExtractor>>(),
            sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new BatchExtractor(
            sp.GetRequiredService<ArticleExtractor>(),
            logger: sp.GetService<ILogger<BatchExtractor>>()));
        return services;
    }
}
