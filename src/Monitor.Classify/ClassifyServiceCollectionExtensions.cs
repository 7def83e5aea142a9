using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Monitor.Classify;

public static class ClassifyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Taxonomy"/> (embedded, or <see cref="ClassifierOptions.TaxonomyPath"/>) and a singleton
    /// <see cref="ArticleClassifier"/>. Bind options with services.Configure&lt;ClassifierOptions&gt;(section).
    /// </summary>
    public static IServiceCollection AddArticleClassifier(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ClassifierOptions>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ClassifierOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.TaxonomyPath) ? Taxonomy.LoadDefault() : Taxonomy.Load(options.TaxonomyPath);
        });
        services.AddSingleton(sp => new ArticleClassifier(sp.GetRequiredService<Taxonomy>(), sp.GetRequiredService<IOptions<ClassifierOptions>>().Value));
        return services;
    }
}
