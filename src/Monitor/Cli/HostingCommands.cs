using System.CommandLine;
using Monitor.Functions;
using Monitor.Hosting;
using Monitor.Hosting.FunctionJson;
using Monitor.Hosting.Handler;
using Monitor.Hosting.HostJson;
using Monitor.Hosting.Runner;

namespace Monitor.Cli;

/// <summary>
/// The hosting verbs: <c>handler</c> (under the Functions host), <c>serve</c> and <c>run-once</c> (local
/// runner), <c>functions</c> (writes function.json files). Exit codes: 0 success, 1 the verb could not run
/// (configuration), 2 run-once finished but a timer failed or a message went to a poison queue.
/// </summary>
public static class HostingCommands
{
    public static IEnumerable<Command> Create(Action<IServiceCollection, IConfiguration> configureFunctions)
    {
        ArgumentNullException.ThrowIfNull(configureFunctions);
        yield return Handler(configureFunctions);
        yield return Serve(configureFunctions);
        yield return RunOnce(configureFunctions);
        yield return FunctionsJson();
    }

    private static Command Handler(Action<IServiceCollection, IConfiguration> configureFunctions)
    {
        var command = new Command("handler", "Serve the Functions host as its custom handler (on FUNCTIONS_CUSTOMHANDLER_PORT).");
        command.SetAction((parseResult, cancellationToken) => Guard(parseResult, () =>
            CustomHandlerApp.RunAsync(FunctionCatalog.All, configureFunctions, [], cancellationToken)));
        return command;
    }

    private static Command Serve(Action<IServiceCollection, IConfiguration> configureFunctions)
    {
        var hostJson = HostJsonOption();
        var command = new Command("serve", "Run the functions locally with the host's timer and queue semantics until Ctrl+C.") { hostJson };
        command.SetAction((parseResult, cancellationToken) => Guard(parseResult, async () =>
        {
            using var host = LocalRunnerApp.Build(
                new LocalRunnerAppOptions { HostJsonPath = parseResult.GetValue(hostJson)?.FullName }, FunctionCatalog.All, configureFunctions);
            await host.StartAsync(cancellationToken);
            await host.Services.GetRequiredService<LocalRunner>().ServeAsync(cancellationToken);
            await host.StopAsync(CancellationToken.None);
            return 0;
        }));
        return command;
    }

    private static Command RunOnce(Action<IServiceCollection, IConfiguration> configureFunctions)
    {
        var hostJson = HostJsonOption();
        var command = new Command("run-once", "Fire every timer once, drain every queue, print a summary.") { hostJson };
        command.SetAction((parseResult, cancellationToken) => Guard(parseResult, async () =>
        {
            using var host = LocalRunnerApp.Build(
                new LocalRunnerAppOptions { HostJsonPath = parseResult.GetValue(hostJson)?.FullName }, FunctionCatalog.All, configureFunctions);
            await host.StartAsync(cancellationToken);
            var summary = await host.Services.GetRequiredService<LocalRunner>().RunOnceAsync(cancellationToken);
            await host.StopAsync(CancellationToken.None);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(summary.ToString());
            return summary.ExitCode;
        }));
        return command;
    }

    private static Command FunctionsJson()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The app root: one <Name>/function.json per function.", Required = true };
        var command = new Command("functions", "Write the function.json files generated from the function catalog.") { output };
        command.SetAction(parseResult =>
        {
            var written = FunctionJsonWriter.WriteAll(FunctionCatalog.All, parseResult.GetRequiredValue(output).FullName);
            foreach (var path in written)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(path);
            }

            return 0;
        });
        return command;
    }

    private static Option<FileInfo?> HostJsonOption() =>
        new("--host-json") { Description = "The host.json to take queue settings from (default: ./host.json, then the built-in copy)." };

    /// <summary>Configuration problems end the verb with their message on stderr and exit code 1, not a stack trace.</summary>
    private static async Task<int> Guard(ParseResult parseResult, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is HostingConfigurationException or HostJsonException or FunctionCatalogMismatchException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
