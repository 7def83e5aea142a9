using System.Globalization;
using Monitor.Functions;
using Monitor.Hosting.Runner;
using Spectre.Console;

namespace Monitor.Demo;

/// <summary>One line per finished invocation: readable in CI logs.</summary>
internal sealed class PlainProgress(IAnsiConsole console) : IProgress<RunnerEvent>
{
    private int _articles;
    private readonly Lock _gate = new();

    public void Report(RunnerEvent value)
    {
        var line = value.Kind switch
        {
            RunnerEventKind.TimerSucceeded => $"{value.FunctionName}: {value.OutputCount} feed(s) due",
            RunnerEventKind.MessageSucceeded when value.FunctionName == FunctionCatalog.FetchFeed.Name =>
                $"{value.FunctionName}: feed polled, {value.OutputCount} new item(s) ({Ms(value.Duration)})",
            RunnerEventKind.MessageSucceeded when value.FunctionName == FunctionCatalog.ProcessArticle.Name =>
                $"{value.FunctionName}: article {Interlocked.Increment(ref _articles)} done ({Ms(value.Duration)})",
            RunnerEventKind.TimerFailed or RunnerEventKind.MessageRetried or RunnerEventKind.MessagePoisoned or RunnerEventKind.MessageAbandoned =>
                $"{value.FunctionName}: {value.Kind} {value.Error}",
            _ => null,
        };
        if (line is not null)
        {
            lock (_gate)
            {
                console.WriteLine("  " + line);
            }
        }
    }

    private static string Ms(TimeSpan duration) => duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}

/// <summary>Two progress bars; the article total grows as feeds enqueue their new items.</summary>
internal sealed class LiveProgress(ProgressTask feeds, ProgressTask articles) : IProgress<RunnerEvent>
{
    private readonly Lock _gate = new();
    private int _articlesExpected;

    public void Report(RunnerEvent value)
    {
        lock (_gate)
        {
            if (value.FunctionName == FunctionCatalog.FetchFeed.Name && value.Kind == RunnerEventKind.MessageSucceeded)
            {
                feeds.Increment(1);
                _articlesExpected += value.OutputCount;
                articles.MaxValue = Math.Max(1, _articlesExpected);
            }
            else if (value.FunctionName == FunctionCatalog.ProcessArticle.Name && value.Kind == RunnerEventKind.MessageSucceeded)
            {
                articles.Increment(1);
            }
        }
    }
}
