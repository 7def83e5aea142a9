using Monitor.Hosting.Runner;

namespace Monitor.Demo;

/// <summary>
/// Configuration of a run against sites on this machine (the demo's sample site, the benchmark's sites): the given
/// storage, loopback fetches allowed, and quiet logs, since these runs show their own progress.
/// </summary>
internal static class LoopbackRunSettings
{
    public static IReadOnlyDictionary<string, string?> For(string connectionString, string? storagePrefix)
    {
        var settings = new Dictionary<string, string?>
        {
            [LocalRunnerApp.StorageConnectionSetting] = connectionString,
            ["Monitor:Storage:ConnectionString"] = connectionString,
            // The sites listen on this machine's loopback address, which the fetcher refuses by default.
            ["Monitor:Fetch:AllowPrivateNetworks"] = "true",
            // The runner's per-message log lines would drown the progress display.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Monitor.Extract"] = "Error",
        };
        if (!string.IsNullOrWhiteSpace(storagePrefix))
        {
            settings["Monitor:Storage:NamePrefix"] = storagePrefix;
        }

        return settings;
    }

    /// <summary>The same settings as command-line style arguments, the host's highest-priority source.</summary>
    public static string[] AsArguments(string connectionString, string? storagePrefix) =>
        [.. For(connectionString, storagePrefix).Select(setting => $"--{setting.Key}={setting.Value}")];
}
