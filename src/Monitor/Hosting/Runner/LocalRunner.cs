using System.Diagnostics;
using Microsoft.Extensions.Options;
using Monitor.Hosting.HostJson;
using Monitor.Store.Queues;

namespace Monitor.Hosting.Runner;

/// <summary>
/// Runs the registered functions without the Functions host, with its semantics (host.json queue settings,
/// NCRONTAB timers in UTC, retries and poison queues). <see cref="ServeAsync"/> runs until stopped;
/// <see cref="RunOnceAsync"/> fires every timer once and drains the queues.
/// </summary>
public sealed class LocalRunner
{
    private readonly FunctionRegistry _registry;
    private readonly WorkQueues _queues;
    private readonly HostJsonSettings _hostJson;
    private readonly IConfiguration _configuration;
    private readonly LocalRunnerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalRunner> _logger;
    private readonly IProgress<RunnerEvent>? _progress;

    public LocalRunner(
        FunctionRegistry registry,
        WorkQueues queues,
        HostJsonSettings hostJson,
        IConfiguration configuration,
        IOptions<LocalRunnerOptions> options,
        TimeProvider time,
        ILogger<LocalRunner> logger,
        IProgress<RunnerEvent>? progress = null)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _queues = queues ?? throw new ArgumentNullException(nameof(queues));
        _hostJson = hostJson ?? throw new ArgumentNullException(nameof(hostJson));
        _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _progress = progress;
    }

    /// <summary>
    /// Runs timers and queue listeners until <paramref name="stoppingToken"/> fires (Ctrl+C). Then no new
    /// message is taken; running ones get <see cref="LocalRunnerOptions.ShutdownGracePeriod"/> to finish,
    /// after which they are cancelled and released (never deleted), so no message is lost.
    /// </summary>
    public async Task<RunSummary> ServeAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var events = new RunnerEventSink(_progress);
        var (timers, listeners) = await PrepareAsync(events, CancellationToken.None).ConfigureAwait(false);
        using var disposer = new ListenerDisposer(listeners);
        _logger.LogInformation("Serving {Timers} timer(s) and {Queues} queue(s) with settings from {Source}.", timers.Count, listeners.Count, _hostJson.Source);
        using var invocations = new CancellationTokenSource();
        var work = Task.WhenAll(
            timers.Select(t => t.RunAsync(stoppingToken, invocations.Token))
                .Concat(listeners.Select(l => l.RunAsync(stoppingToken, invocations.Token))));
        await WaitForStopAsync(stoppingToken).ConfigureAwait(false);
        await FinishAsync(work, invocations).ConfigureAwait(false);
        var summary = events.Summarise(Stopwatch.GetElapsedTime(started));
        _logger.LogInformation("Stopped: {Summary}.", summary);
        return summary;
    }

    /// <summary>
    /// Invokes every timer function once, then processes every queue until all are empty and nothing runs
    /// (messages waiting out a retry delay count as not empty). <paramref name="cancellationToken"/> stops
    /// it early with the same no-loss shutdown as <see cref="ServeAsync"/>.
    /// </summary>
    public async Task<RunSummary> RunOnceAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var events = new RunnerEventSink(_progress);
        var (timers, listeners) = await PrepareAsync(events, cancellationToken).ConfigureAwait(false);
        using var disposer = new ListenerDisposer(listeners);
        foreach (var timer in timers)
        {
            await timer.InvokeOnceAsync(new TimerInfo(null, IsPastDue: false), cancellationToken).ConfigureAwait(false);
        }

        using var drained = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var invocations = new CancellationTokenSource();
        var work = Task.WhenAll(listeners.Select(l => l.RunAsync(drained.Token, invocations.Token)));
        try
        {
            while (!await IsDrainedAsync(listeners, cancellationToken).ConfigureAwait(false))
            {
                await Task.Delay(_options.DrainCheckInterval, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Run cancelled before the queues were drained.");
        }

        await drained.CancelAsync().ConfigureAwait(false);
        await FinishAsync(work, invocations).ConfigureAwait(false);
        var summary = events.Summarise(Stopwatch.GetElapsedTime(started));
        _logger.LogInformation("Run complete: {Summary}.", summary);
        return summary;
    }

    private async Task<(IReadOnlyList<TimerRunner> Timers, IReadOnlyList<QueueListener> Listeners)> PrepareAsync(
        RunnerEventSink events, CancellationToken cancellationToken)
    {
        var signals = new QueueWriteSignals();
        var executor = new FunctionExecutor(_queues, _hostJson.FunctionTimeout, _logger, signals);
        var timers = new List<TimerRunner>();
        var listeners = new List<QueueListener>();
        var queueNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in _registry.Functions.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            queueNames.UnionWith(function.Definition.Outputs.Select(o => o.QueueName));
            switch (function.Definition.Trigger)
            {
                case TimerTrigger timer:
                    timers.Add(new TimerRunner(function, TimerSchedule.Parse(timer.Schedule, _configuration), executor, events, _time, _logger));
                    break;
                case QueueTrigger queue:
                    queueNames.Add(queue.QueueName);
                    var worker = new QueueWorker(_queues, queue.QueueName, _hostJson.Queues);
                    listeners.Add(new QueueListener(function, worker, executor, events, _options, _time, _logger, signals));
                    break;
                default:
                    throw new NotSupportedException($"The local runner cannot trigger {function.Name}.");
            }
        }

        await _queues.CreateIfNotExistsAsync(queueNames, cancellationToken).ConfigureAwait(false);
        return (timers, listeners);
    }

    /// <summary>
    /// True when no listener holds a message and every queue is empty, invisible messages included, with
    /// no receive or settle in between (a settle may have just enqueued to a queue already checked).
    /// </summary>
    private static async Task<bool> IsDrainedAsync(IReadOnlyList<QueueListener> listeners, CancellationToken cancellationToken)
    {
        var before = listeners.Sum(l => l.Activity);
        foreach (var listener in listeners)
        {
            if (listener.InFlight > 0 || await listener.Queue.GetApproximateCountAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                return false;
            }
        }

        return listeners.Sum(l => l.Activity) == before && listeners.All(l => l.InFlight == 0);
    }

    private async Task FinishAsync(Task work, CancellationTokenSource invocations)
    {
        var grace = Task.Delay(_options.ShutdownGracePeriod, _time);
        if (await Task.WhenAny(work, grace).ConfigureAwait(false) != work)
        {
            _logger.LogWarning("Messages still running after {Grace}; cancelling them, they reappear after the visibility timeout.", _options.ShutdownGracePeriod);
            await invocations.CancelAsync().ConfigureAwait(false);
        }

        await work.ConfigureAwait(false);
    }

    private static async Task WaitForStopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stop requested.
        }
    }

    private sealed class ListenerDisposer(IReadOnlyList<QueueListener> listeners) : IDisposable
    {
        public void Dispose()
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }
}
