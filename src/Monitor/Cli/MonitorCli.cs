using System.CommandLine;

namespace Monitor.Cli;

/// <summary>The command line of the monitor executable.</summary>
public static class MonitorCli
{
    /// <summary>
    /// Ctrl+C/SIGTERM cancel the verb's token; the verb then gets this long to finish in-flight work
    /// (longer than the local runner's default grace period) before the process ends anyway.
    /// </summary>
    public static readonly TimeSpan ProcessTerminationTimeout = TimeSpan.FromSeconds(45);

    public static RootCommand Build()
    {
        var root = new RootCommand("Monitor: a news monitor for international security cooperation.");
        foreach (var command in HostingCommands.Create(FunctionComposition.AddMonitorFunctions))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static Task<int> InvokeAsync(string[] args) =>
        Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = ProcessTerminationTimeout });
}
