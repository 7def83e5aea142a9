using Monitor.Pipeline;
using Monitor.Store;

namespace Monitor.Cli;

/// <summary>
/// Where the verbs take their configuration from: built-in CLI defaults, then environment variables
/// (<c>Monitor__Storage__ConnectionString</c>, <c>AzureWebJobsStorage</c>, ...), then <see cref="Overrides"/>,
/// then the <c>--connection-string</c> option.
/// </summary>
public sealed class CliSettings
{
    /// <summary>
    /// A command line should fail within seconds when storage is down, not after the long retry schedule the
    /// functions use; an environment variable still wins.
    /// </summary>
    private static readonly Dictionary<string, string?> s_defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        [StorageKey(nameof(StorageOptions.MaxRetries))] = "2",
        [StorageKey(nameof(StorageOptions.RetryDelay))] = "00:00:00.200",
        [StorageKey(nameof(StorageOptions.MaxRetryDelay))] = "00:00:01",
    };

    public CliSettings(IReadOnlyDictionary<string, string?>? overrides = null) =>
        Overrides = overrides ?? new Dictionary<string, string?>();

    /// <summary>Settings laid over the environment (keys with ':' separators, e.g. <c>Monitor:Storage:NamePrefix</c>).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; }

    /// <summary>The setting that <c>--connection-string</c> sets.</summary>
    public static string ConnectionStringKey => StorageKey(nameof(StorageOptions.ConnectionString));

    public IConfiguration BuildConfiguration(string? connectionString)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(s_defaults)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(Overrides);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>(ConnectionStringKey, connectionString)]);
        }

        return builder.Build();
    }

    private static string StorageKey(string name) =>
        $"{PipelineServiceCollectionExtensions.Section}:{StorageOptions.SectionName}:{name}";
}
