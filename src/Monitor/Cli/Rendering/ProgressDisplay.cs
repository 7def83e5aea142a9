using System.Globalization;
using Spectre.Console;

namespace Monitor.Cli.Rendering;

/// <summary>
/// Progress of a long verb on stderr: a live Spectre bar when stderr is an interactive terminal, otherwise a plain line
/// every few seconds (and one at the end) that reads well in CI logs. Reports may come from several threads.
/// </summary>
public sealed class ProgressDisplay
{
    private static readonly TimeSpan s_plainInterval = TimeSpan.FromSeconds(2);

    private readonly IAnsiConsole _console;
    private readonly TextWriter _plain;
    private readonly string _label;
    private readonly TimeProvider _timeProvider;

    public ProgressDisplay(IAnsiConsole console, TextWriter plain, string label, TimeProvider? timeProvider = null)
    {
        _console = console ?? throw new ArgumentNullException(nameof(console));
        _plain = plain ?? throw new ArgumentNullException(nameof(plain));
        _label = label;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Runs <paramref name="work"/>, which reports (done, total) through the callback it is given.</summary>
    public async Task<T> RunAsync<T>(Func<Action<int, int>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_console.Profile.Capabilities.Interactive)
        {
            return await _console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(_label), maxValue: 1);
                    var result = await work((done, total) =>
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                    });
                    task.Value = task.MaxValue;
                    return result;
                });
        }

        var gate = new Lock();
        var lastWrite = _timeProvider.GetTimestamp();
        var (lastDone, lastTotal) = (-1, 0);
        var value = await work((done, total) =>
        {
            lock (gate)
            {
                (lastDone, lastTotal) = (Math.Max(done, lastDone), total);
                if (_timeProvider.GetElapsedTime(lastWrite) >= s_plainInterval)
                {
                    WritePlain(lastDone, lastTotal);
                    lastWrite = _timeProvider.GetTimestamp();
                }
            }
        });
        lock (gate)
        {
            WritePlain(Math.Max(lastDone, 0), lastTotal);
        }

        return value;
    }

    private void WritePlain(int done, int total) =>
        _plain.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_label}: {done}/{total}"));
}
