using System.Net;
using Microsoft.Extensions.Logging.Console;

namespace Monitor.Hosting.Handler;

/// <summary>
/// <c>monitor handler</c>: the Kestrel app the Functions host starts and calls on
/// <c>127.0.0.1:$FUNCTIONS_CUSTOMHANDLER_PORT</c>. Logs go out as JSON lines: stdout for information
/// (the host records it as Information), stderr for errors (recorded as Error).
/// </summary>
public static class CustomHandlerApp
{
    /// <summary>Builds the handler; the port is read from configuration (environment variables included).</summary>
    /// <param name="catalog">The functions the host knows (their function.json files).</param>
    /// <param name="configureServices">Registers the functions and their dependencies.</param>
    /// <exception cref="HostingConfigurationException">The port is missing or invalid.</exception>
    public static WebApplication Build(
        IReadOnlyList<FunctionDefinition> catalog,
        Action<IServiceCollection, IConfiguration> configureServices,
        string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(configureServices);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });
        var port = CustomHandlerPort.Parse(builder.Configuration[CustomHandlerPort.VariableName]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Error);
        builder.Services.AddFunctionRegistry(catalog);
        configureServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        // Resolve now: a catalog mismatch must stop the process before the host sends work.
        _ = app.Services.GetRequiredService<FunctionRegistry>();
        app.MapFunctionEndpoints();
        return app;
    }

    /// <summary>Runs until the host stops the process (SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<FunctionDefinition> catalog,
        Action<IServiceCollection, IConfiguration> configureServices,
        string[]? args = null,
        CancellationToken cancellationToken = default)
    {
        await using var app = Build(catalog, configureServices, args);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
