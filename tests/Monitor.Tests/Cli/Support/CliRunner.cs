using System.CommandLine;
using Microsoft.Extensions.Options;
using Monitor.Cli;
using Monitor.Store;

namespace Monitor.Tests.Cli.Support;

/// <summary>What one verb printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines =>
        Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Runs verbs in-process through <see cref="MonitorCli.Build(CliSettings)"/>, capturing stdout and stderr, against
/// storage isolated by a table/container name prefix of its own.
/// </summary>
public sealed class CliRunner
{
    private readonly Dictionary<string, string?> _settings;

    public CliRunner(string? connectionString = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        NamePrefix = "cli" + Guid.NewGuid().ToString("N")[..10];
        ConnectionString = connectionString;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Monitor:Storage:NamePrefix"] = NamePrefix,
            ["Monitor:Storage:ConnectionString"] = connectionString ?? "UseDevelopmentStorage=true",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string NamePrefix { get; }

    public string? ConnectionString { get; }

    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await MonitorCli.Build(new CliSettings(_settings))
            .Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The same storage the verbs use, for seeding and checking.</summary>
    public async Task<MonitorStorage> OpenStorageAsync()
    {
        var storage = new MonitorStorage(Options.Create(new StorageOptions
        {
            ConnectionString = ConnectionString ?? throw new InvalidOperationException("No storage for this runner."),
            NamePrefix = NamePrefix,
        }));
        await storage.EnsureCreatedAsync();
        return storage;
    }
}
