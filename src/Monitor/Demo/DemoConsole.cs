using System.Globalization;
using Monitor.Hosting.Runner;
using Monitor.Store.Emulator;
using Spectre.Console;

namespace Monitor.Demo;

/// <summary>
/// The demo's output: a live progress display on an interactive terminal; plain lines otherwise (CI,
/// redirected output, <c>--no-color</c>), so logs stay readable.
/// </summary>
public sealed class DemoConsole
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    private DemoConsole(IAnsiConsole console, TextWriter output, TextWriter error, bool live)
    {
        _console = console;
        _output = output;
        _error = error;
        IsLive = live;
    }

    public bool IsLive { get; }

    /// <summary>
    /// A console on <paramref name="output"/>. The live display is used only when that is the process's own
    /// terminal and colours are allowed.
    /// </summary>
    public static DemoConsole Create(TextWriter output, TextWriter error, bool noColor)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var terminal = !noColor && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!terminal)
        {
            console.Profile.Width = 120;
            console.Profile.Capabilities.Unicode = false;
        }

        return new DemoConsole(console, output, error, terminal && console.Profile.Capabilities.Interactive);
    }

    public void Step(string message) => _console.MarkupLine("[grey]>[/] " + Markup.Escape(message));

    public void Error(string message) => _error.WriteLine(message);

    /// <summary>Shows one cycle while <paramref name="run"/> executes; it receives the sink for the runner's events.</summary>
    public async Task<T> ShowCycleAsync<T>(string title, int feedCount, Func<IProgress<RunnerEvent>, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _console.WriteLine();
        _console.Write(new Rule(Markup.Escape(title)).LeftJustified());
        if (!IsLive)
        {
            return await run(new PlainProgress(_console));
        }

        return await _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var feeds = context.AddTask("Feeds polled", maxValue: Math.Max(1, feedCount));
                var articles = context.AddTask("Articles processed", maxValue: 1);
                var result = await run(new LiveProgress(feeds, articles));
                feeds.StopTask();
                articles.Value = articles.MaxValue;
                articles.StopTask();
                return result;
            });
    }

    public void ShowReport(DemoReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (first, data, second) = (report.FirstCycle, report.Data, report.SecondCycle);
        _console.WriteLine();
        var summary = new Table().Title("Demo summary").AddColumn("Figure").AddColumn(new TableColumn("Value").RightAligned());
        AddRow(summary, "Feeds polled", first.FeedsPolled);
        AddRow(summary, "Items new", first.ItemsNew);
        AddRow(summary, "Items already seen", first.ItemsAlreadySeen);
        AddRow(summary, "Article pages fetched", first.PageFetches);
        AddRow(summary, "Articles stored", data.ArticlesStored);
        AddRow(summary, "Relevant articles", data.RelevantArticles);
        AddRow(summary, "Events", data.Events.Count);
        AddRow(summary, "Failed invocations (retried or poisoned)", first.Failures);
        AddRow(summary, "Cycle time (s)", first.Runner.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        _console.Write(summary);

        if (data.Events.Count > 0)
        {
            var events = new Table().Title("Cooperation events").AddColumn("Event").AddColumn("Date").AddColumn("Partners").AddColumn(new TableColumn("Sources").RightAligned());
            foreach (var line in data.Events)
            {
                events.AddRow(
                    Markup.Escape(line.Summary),
                    line.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                    Markup.Escape(string.Join(", ", line.Partners)),
                    line.Sources.ToString(CultureInfo.InvariantCulture));
            }

            _console.Write(events);
        }

        var errors = new Table().Title("Errors by kind").AddColumn("Kind").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (kind, count) in data.ErrorsByKind)
        {
            AddRow(errors, kind, count);
        }

        if (data.ErrorsByKind.Count == 0)
        {
            errors.AddRow("none", "0");
        }

        _console.Write(errors);
        _console.WriteLine();
        _console.MarkupLine(
            $"Second poll (politeness): [bold]{second.FeedsNotModified}[/] of {second.FeedsPolled} feed(s) answered 304 Not Modified, " +
            $"{second.ItemsNew} new item(s), [bold]{second.PageFetches}[/] article page(s) fetched.");
    }

    public void KeptData(string dataDirectory, AzuriteServer azurite, string azuriteExecutable, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        _console.WriteLine();
        _console.WriteLine($"The demo's data is saved in {dataDirectory}. To look at it, start Azurite on it:");
        // Raw lines: commands must not be wrapped at the console width, or they cannot be pasted.
        _output.WriteLine(FormattableString.Invariant(
            $"  {azuriteExecutable} --location {dataDirectory} --blobPort {azurite.BlobPort} --queuePort {azurite.QueuePort} --tablePort {azurite.TablePort} --skipApiVersionCheck --loose --disableTelemetry"));
        _console.WriteLine("then, in another terminal:");
        _output.WriteLine($"  monitor articles list --days 30 --connection-string \"{azurite.ConnectionString}\"");
        WritePrefixNote(prefix);
    }

    public void LookAtData(string connectionString, bool givenStorage, string? prefix)
    {
        _console.WriteLine();
        if (givenStorage)
        {
            _console.WriteLine("The data is in the given storage account. Look at it with:");
            _output.WriteLine($"  monitor articles list --days 30 --connection-string \"{connectionString}\"");
            WritePrefixNote(prefix);
            return;
        }

        _console.WriteLine("The demo's Azurite ran in memory and has stopped, so its data is gone.");
        _console.WriteLine("Run 'monitor demo --keep' to save the data; it prints how to start Azurite on it and list the articles.");
    }

    private void WritePrefixNote(string? prefix)
    {
        if (!string.IsNullOrWhiteSpace(prefix))
        {
            _output.WriteLine($"  (tables are prefixed '{prefix}': set Monitor__Storage__NamePrefix={prefix})");
        }
    }

    private static void AddRow(Table table, string name, int value) =>
        table.AddRow(Markup.Escape(name), value.ToString(CultureInfo.InvariantCulture));

    private static void AddRow(Table table, string name, string value) =>
        table.AddRow(Markup.Escape(name), Markup.Escape(value));
}
