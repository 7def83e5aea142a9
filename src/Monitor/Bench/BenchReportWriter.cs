using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Monitor.Bench;

/// <summary>Writes a <see cref="BenchReport"/> as tables (for people) or JSON (for CI and comparisons).</summary>
public static class BenchReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string ToJson(BenchReport report) => JsonSerializer.Serialize(report, Json);

    public static void WriteTables(BenchReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;
        var m = report.Machine;
        console.WriteLine($"Machine: {m.Cores} cores, {m.Os}, {m.Runtime}, {m.Build} build, {m.Date:yyyy-MM-dd HH:mm} UTC" +
            (m.LoadAverage is null ? string.Empty : $", load average {m.LoadAverage}"));

        var checks = new Table().Title("Figures against targets").AddColumn("Figure").AddColumn(new TableColumn("Measured").RightAligned()).AddColumn("Target").AddColumn("Met");
        foreach (var check in report.Checks)
        {
            checks.AddRow(Markup.Escape(check.Figure), F(check.Measured), Markup.Escape(check.Target), check.Met ? "yes" : "NO");
        }

        console.Write(checks);

        var e = report.EndToEnd;
        console.WriteLine(
            $"(a) {e.Articles} articles from {e.Feeds} feeds in {F(e.Seconds)} s ({e.Mode}; parallelism {e.Parallelism}): " +
            $"{e.Stored} stored, {e.Relevant} relevant, {e.Errors} with errors; {F(e.CpuMillisecondsPerArticle)} ms of CPU per article in this process" +
            (e.StorageCpuMillisecondsPerArticle is { } storage ? $", {F(storage)} ms in Azurite." : "."));
        var stages = new Table().Title("Time per stage (sum over parallel work)").AddColumn("Stage")
            .AddColumn(new TableColumn("Total s").RightAligned()).AddColumn(new TableColumn("Avg ms/article").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
        foreach (var stage in e.Stages)
        {
            stages.AddRow(stage.Stage, F(stage.TotalSeconds), F(stage.AverageMilliseconds), stage.Share.ToString("P0", CultureInfo.InvariantCulture));
        }

        console.Write(stages);
        if (report.Queued is { } q)
        {
            console.WriteLine(
                $"(b) {q.Articles} articles from {q.Feeds} more feeds in {F(q.Seconds)} s ({q.Mode}): {F(q.ArticlesPerSecond)} articles/s; " +
                $"{q.Messages} messages succeeded, {q.Retried} retried, {q.Poisoned} poisoned; {F(q.CpuMillisecondsPerArticle)} ms of CPU per article in this process" +
                (q.StorageCpuMillisecondsPerArticle is { } queuedStorage ? $", {F(queuedStorage)} ms in Azurite." : "."));
        }
        else
        {
            console.WriteLine("(b) through the queues: skipped (runs only on the Azurite the bench starts; queue names are not prefixed).");
        }

        var u = report.UnchangedPoll;
        console.WriteLine($"(c) {u.Feeds} unchanged feeds polled again in {F(u.Seconds)} s: {u.NotModified} answered 304, {u.ArticleFetches} article fetches.");
        var x = report.Extraction;
        console.WriteLine($"(d) {x.Extractions} extractions of {x.Pages} pages ({F(x.AveragePageKilobytes)} KB on average) in {F(x.Seconds)} s; {x.FromPage} read from the page.");
        var c = report.Classification;
        console.WriteLine($"(e) {c.Texts} texts of {F(c.AverageTextKilobytes)} KB x {c.Iterations} in {F(c.Seconds)} s.");
        var mem = report.Memory;
        console.WriteLine($"(f) peak working set {F(mem.PeakWorkingSetMegabytes)} MB (this process; Azurite runs apart), {F(mem.TotalAllocatedMegabytes)} MB allocated in total, GC heap {F(mem.GcHeapMegabytes)} MB at the end; " +
            $"{(mem.ServerGc ? "server" : "workstation")} GC paused {F(mem.GcPauseSeconds)} s over {mem.Gen2Collections} gen2 collections.");
    }

    private static string F(double value) => value.ToString(value >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);
}
