using System.CommandLine;

namespace Monitor.Demo;

/// <summary>The <c>demo</c> verb: the whole pipeline offline, on a sample site and a local Azurite.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var connectionString = new Option<string?>("--connection-string")
        {
            Description = "Storage account to use instead of starting Azurite.",
        };
        var keep = new Option<bool>("--keep") { Description = "Keep Azurite running with the demo's data after the demo ends." };
        var noColor = new Option<bool>("--no-color") { Description = "Plain output: no colours, no live display (for CI and logs)." };
        var prefix = new Option<string?>("--storage-prefix")
        {
            Description = "Prefix for the demo's table and container names, to keep it apart in a shared account.",
        };
        var command = new Command("demo", "Run the whole pipeline offline on a sample news site and a local storage emulator.")
        {
            connectionString, keep, noColor, prefix,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new DemoOptions
            {
                ConnectionString = parseResult.GetValue(connectionString),
                Keep = parseResult.GetValue(keep),
                NoColor = parseResult.GetValue(noColor) || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 },
                StoragePrefix = parseResult.GetValue(prefix),
            };
            var console = DemoConsole.Create(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, options.NoColor);
            return await new DemoRunner(options, console, TimeProvider.System).RunAsync(cancellationToken);
        });
        return command;
    }
}
