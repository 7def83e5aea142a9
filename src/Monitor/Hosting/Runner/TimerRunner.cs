using System.Diagnostics;

namespace Monitor.Hosting.Runner;

/// <summary>
/// Fires one timer-triggered function on its schedule. As under the host, a failed run is logged and not
/// retried; the next occurrence runs as usual.
/// </summary>
internal sealed class TimerRunner(
    MonitorFunction function, TimerSchedule schedule, FunctionExecutor executor, RunnerEventSink events, TimeProvider time, ILogger logger)
{
    /// <summary>A run that starts later than this after its occurrence is reported as past due.</summary>
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    public MonitorFunction Function => function;

    public async Task RunAsync(CancellationToken stopScheduling, CancellationToken invocationToken)
    {
        DateTimeOffset? last = null;
        while (!stopScheduling.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.Next(now) is not { } due)
            {
                logger.LogWarning("{FunctionName}: schedule '{Schedule}' has no further occurrence.", function.Name, schedule.Expression);
                return;
            }

            try
            {
                await Task.Delay(Max(due - now, TimeSpan.Zero), time, stopScheduling).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var fired = time.GetUtcNow();
            var info = new TimerInfo(new TimerScheduleStatus(last, schedule.Next(due), fired), fired - due > PastDueTolerance);
            await InvokeOnceAsync(info, invocationToken).ConfigureAwait(false);
            last = due;
        }
    }

    /// <summary>Runs the function once; failures are reported, not thrown.</summary>
    public async Task InvokeOnceAsync(TimerInfo info, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        events.Report(new RunnerEvent(RunnerEventKind.TimerStarted, function.Name, time.GetUtcNow()));
        try
        {
            var invocation = new FunctionInvocation { FunctionName = function.Name, Timer = info };
            var outputs = await executor.ExecuteAsync(function, invocation, cancellationToken).ConfigureAwait(false);
            events.Report(new RunnerEvent(RunnerEventKind.TimerSucceeded, function.Name, time.GetUtcNow(),
                Duration: Stopwatch.GetElapsedTime(started), OutputCount: outputs));
        }
        catch (Exception e)
        {
            logger.LogError(e, "{FunctionName} failed; timers are not retried, the next occurrence runs as scheduled.", function.Name);
            events.Report(new RunnerEvent(RunnerEventKind.TimerFailed, function.Name, time.GetUtcNow(),
                Duration: Stopwatch.GetElapsedTime(started), Error: $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
