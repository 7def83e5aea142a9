using System.CommandLine;
using Monitor.Cli.Rendering;
using Spectre.Console;

namespace Monitor.Cli;

/// <summary>What a running verb works with: its parse result, its output writers and, on demand, the pipeline's services.</summary>
public sealed class CliContext : IAsyncDisposable
{
    private readonly CliSettings _settings;
    private readonly string? _connectionString;
    private CliServices? _services;

    public CliContext(ParseResult parseResult, CliSettings settings, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ParseResult = parseResult;
        _settings = settings;
        _connectionString = connectionString;
        Output = parseResult.InvocationConfiguration.Output;
        Error = parseResult.InvocationConfiguration.Error;
        Console = CliConsoles.Create(Output, ReferenceEquals(Output, System.Console.Out) && !System.Console.IsOutputRedirected);
        ErrorConsole = CliConsoles.Create(Error, ReferenceEquals(Error, System.Console.Error) && !System.Console.IsErrorRedirected);
    }

    public ParseResult ParseResult { get; }

    /// <summary>Results: what a script would capture.</summary>
    public TextWriter Output { get; }

    /// <summary>Errors and progress, kept apart from results.</summary>
    public TextWriter Error { get; }

    /// <summary>Tables and markup over <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Progress bars over <see cref="Error"/>; interactive only when stderr is a terminal.</summary>
    public IAnsiConsole ErrorConsole { get; }

    public CliServices Services => _services ??= CliServices.Create(_settings, _connectionString);

    public T GetValue<T>(Option<T> option) => ParseResult.GetValue(option)!;

    public T GetValue<T>(Argument<T> argument) => ParseResult.GetValue(argument)!;

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
