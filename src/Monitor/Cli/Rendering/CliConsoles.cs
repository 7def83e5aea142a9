using Spectre.Console;

namespace Monitor.Cli.Rendering;

/// <summary>Spectre consoles over the verb's writers: colours and live displays on a terminal, plain text otherwise.</summary>
public static class CliConsoles
{
    /// <summary>Wide enough that tables written to a file or a pipe keep one row per line.</summary>
    private const int RedirectedWidth = 200;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
