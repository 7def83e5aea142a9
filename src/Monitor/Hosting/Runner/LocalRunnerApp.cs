using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Monitor.Hosting.HostJson;
using Monitor.Store.Queues;

namespace Monitor.Hosting.Runner;

/// <summary>Where the local runner takes its storage and host.json from.</summary>
public sealed record LocalRunnerAppOptions
{
    /// <summary>A storage connection string; else the <c>AzureWebJobsStorage</c> setting; else the local emulator.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>host.json to read; else found by <see cref="HostJsonLocator"/>.</summary>
    public string? HostJsonPath { get; init; }

    /// <summary>Receives progress events (live displays).</summary>
    public IProgress<RunnerEvent>? Progress { get; init; }

    public string[] Args { get; init; } = [];
}

/// <summary>
/// Composes <c>monitor serve</c> and <c>monitor run-once</c>: configuration, console logging (errors to
/// stderr), host.json, the work queues with host.json's encoding, the function registry and the runner.
/// </summary>
public static class LocalRunnerApp
{
    /// <summary>The setting the Functions host reads the storage account from; the runner uses the same.</summary>
    public const string StorageConnectionSetting = "AzureWebJobsStorage";

    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <exception cref="HostJsonException">host.json is unreadable.</exception>
    public static IHost Build(
        LocalRunnerAppOptions options,
        IReadOnlyList<FunctionDefinition> catalog,
        Action<IServiceCollection, IConfiguration> configureServices)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(configureServices);
        var builder = Host.CreateApplicationBuilder(options.Args);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Error);
        var hostJson = HostJsonSettings.Load(options.HostJsonPath);
        var connectionString = options.ConnectionString ?? builder.Configuration[StorageConnectionSetting] ?? DevelopmentStorage;
        builder.Services.AddSingleton(hostJson);
        builder.Services.AddSingleton(new WorkQueues(connectionString, hostJson.Queues.MessageEncoding));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<LocalRunnerOptions>().BindConfiguration("LocalRunner");
        if (options.Progress is not null)
        {
            builder.Services.AddSingleton(options.Progress);
        }

        builder.Services.AddFunctionRegistry(catalog);
        builder.Services.AddSingleton<LocalRunner>();
        configureServices(builder.Services, builder.Configuration);
        return builder.Build();
    }
}
