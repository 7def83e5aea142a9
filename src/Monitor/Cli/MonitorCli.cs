using System.CommandLine;
using Monitor.Cli.Analysis;
using Monitor.Cli.Storage;

namespace Monitor.Cli;

/// <summary>The command line of the monitor executable.</summary>
public static class MonitorCli
{
    /// <summary>
    /// Ctrl+C/SIGTERM cancel the verb's token; the verb then gets this long to finish in-flight work
    /// (longer than the local runner's default grace period) before the process ends anyway.
    /// </summary>
    public static readonly TimeSpan ProcessTerminationTimeout = TimeSpan.FromSeconds(45);

    public static RootCommand Build() => Build(new CliSettings());

    /// <param name="settings">Configuration laid over the environment for the storage and analysis verbs (tests, embedding).</param>
    public static RootCommand Build(CliSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var root = new RootCommand("Monitor: a news monitor for international security cooperation.");
        foreach (var command in HostingCommands.Create(FunctionComposition.AddMonitorFunctions))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(FeedsCommand.Create(settings));
        root.Subcommands.Add(ArticlesCommand.Create(settings));
        root.Subcommands.Add(EventsCommand.Create(settings));
        root.Subcommands.Add(ExtractCommand.Create(settings));
        root.Subcommands.Add(ClassifyCommand.Create(settings));
        root.Subcommands.Add(ReclassifyCommand.Create(settings));
        root.Subcommands.Add(EvalCommand.Create(settings));

        root.Subcommands.Add(Monitor.Demo.DemoCommand.Create());
        root.Subcommands.Add(Monitor.Bench.BenchCommand.Create());
        return root;
    }

    public static Task<int> InvokeAsync(string[] args) =>
        Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = ProcessTerminationTimeout });
}
