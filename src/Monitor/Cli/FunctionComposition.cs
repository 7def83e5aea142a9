using Monitor.Functions;
using Monitor.Hosting;
using Monitor.Pipeline;

namespace Monitor.Cli;

/// <summary>
/// Registers the catalog's function implementations and the pipeline stages they use, for every verb
/// that runs functions (handler, serve, run-once).
/// </summary>
public static class FunctionComposition
{
    public static void AddMonitorFunctions(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMonitorPipeline(configuration);
        services.AddMonitorFunction<PollFeedsFunction>();
        services.AddMonitorFunction<FetchFeedFunction>();
        services.AddMonitorFunction<ProcessArticleFunction>();
    }
}
