using System.Diagnostics;
using Monitor.Store.Queues;

namespace Monitor.Hosting.Runner;

/// <summary>
/// Feeds one queue-triggered function the way the host's queue listener does: receive a batch, run the
/// messages concurrently, fetch the next batch once the running ones drop to newBatchThreshold, back off
/// exponentially up to maxPollingInterval while the queue is empty, unless this process writes to the queue.
/// </summary>
internal sealed class QueueListener : IDisposable
{
    private readonly MonitorFunction _function;
    private readonly QueueWorker _worker;
    private readonly FunctionExecutor _executor;
    private readonly RunnerEventSink _events;
    private readonly LocalRunnerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly QueueWriteSignals _signals;
    private readonly SemaphoreSlim _settled = new(0);
    private int _inFlight;
    private long _activity;

    public QueueListener(MonitorFunction function, QueueWorker worker, FunctionExecutor executor, RunnerEventSink events,
        LocalRunnerOptions options, TimeProvider time, ILogger logger, QueueWriteSignals signals)
    {
        _signals = signals;
        _function = function;
        _worker = worker;
        _executor = executor;
        _events = events;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public WorkQueue Queue => _worker.Queue;

    /// <summary>Messages received and not yet settled.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Grows on every receive and settle; run-once compares it before and after a drain check.</summary>
    public long Activity => Interlocked.Read(ref _activity);

    /// <summary>
    /// Receives until <paramref name="stopReceiving"/> fires, then waits for the running messages.
    /// <paramref name="invocationToken"/> is what the functions see; when it fires they are cut short
    /// and their messages released for the visibility timeout.
    /// </summary>
    public async Task RunAsync(CancellationToken stopReceiving, CancellationToken invocationToken)
    {
        var running = new List<Task>();
        var backoff = _options.MinimumPollingInterval;
        while (!stopReceiving.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            if (InFlight > _worker.Options.NewBatchThreshold)
            {
                await WaitAsync(_settled.WaitAsync(stopReceiving)).ConfigureAwait(false);
                continue;
            }

            IReadOnlyList<QueueWorkItem> batch;
            try
            {
                Interlocked.Increment(ref _activity);
                batch = await _worker.ReceiveAsync(_worker.Options.BatchSize, stopReceiving).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopReceiving.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Receiving from {Queue} failed; retrying after {Delay}.", Queue.Name, backoff);
                batch = [];
            }

            if (batch.Count == 0)
            {
                await _signals.WaitAsync(Queue.Name, backoff, _time, stopReceiving).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _worker.Options.MaxPollingInterval.Ticks));
                continue;
            }

            backoff = _options.MinimumPollingInterval;
            Interlocked.Add(ref _inFlight, batch.Count);
            foreach (var item in batch)
            {
                running.Add(Task.Run(() => ProcessAsync(item, invocationToken), CancellationToken.None));
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task ProcessAsync(QueueWorkItem item, CancellationToken invocationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outputs = 0;
        string? error = null;
        QueueMessageOutcome? outcome = null;
        using var lease = new CancellationTokenSource();
        try
        {
            if (_worker.IsOverDequeueLimit(item))
            {
                // Earlier attempts died without failing cleanly; the host poisons such a message unseen.
                error = $"dequeued {item.DequeueCount} times, more than maxDequeueCount {_worker.Options.MaxDequeueCount}";
                outcome = await _worker.FailAsync(item, CancellationToken.None).ConfigureAwait(false);
                return;
            }

            Report(RunnerEventKind.MessageStarted, item);
            var renewal = RenewLeaseAsync(item, lease.Token);
            try
            {
                var invocation = new FunctionInvocation
                {
                    FunctionName = _function.Name,
                    Message = TriggerPayload.DecodeMessageText(item.Body),
                    DequeueCount = item.DequeueCount,
                    MessageId = item.MessageId,
                };
                outputs = await _executor.ExecuteAsync(_function, invocation, invocationToken).ConfigureAwait(false);
            }
            finally
            {
                await lease.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(false);
            }

            // Settling uses no token: a finished message must be deleted even during shutdown.
            outcome = await _worker.CompleteAsync(item, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (invocationToken.IsCancellationRequested)
        {
            error = "cut short by shutdown";
            outcome = await SettleSafelyAsync(() => _worker.AbandonAsync(item, CancellationToken.None), item).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            error = $"{e.GetType().Name}: {e.Message}";
            _logger.LogError(e, "{FunctionName} failed on message {MessageId} (dequeue count {DequeueCount}).", _function.Name, item.MessageId, item.DequeueCount);
            outcome = await SettleSafelyAsync(() => _worker.FailAsync(item, CancellationToken.None), item).ConfigureAwait(false);
        }
        finally
        {
            var kind = outcome switch
            {
                QueueMessageOutcome.Deleted => RunnerEventKind.MessageSucceeded,
                QueueMessageOutcome.Poisoned => RunnerEventKind.MessagePoisoned,
                QueueMessageOutcome.Abandoned => RunnerEventKind.MessageAbandoned,
                _ => RunnerEventKind.MessageRetried,
            };
            Report(kind, item, Stopwatch.GetElapsedTime(started), outputs, error);
            Interlocked.Increment(ref _activity);
            Interlocked.Decrement(ref _inFlight);
            _settled.Release();
        }
    }

    /// <summary>
    /// A settle that fails (storage unreachable) loses nothing: the message reappears when its lease lapses.
    /// </summary>
    private async Task<QueueMessageOutcome?> SettleSafelyAsync(Func<Task<QueueMessageOutcome>> settle, QueueWorkItem item)
    {
        try
        {
            return await settle().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Could not settle message {MessageId} on {Queue}; it reappears when its lease lapses.", item.MessageId, Queue.Name);
            return QueueMessageOutcome.Released;
        }
    }

    private async Task RenewLeaseAsync(QueueWorkItem item, CancellationToken stop)
    {
        var interval = _worker.Options.LeaseDuration / 2;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, _time, stop).ConfigureAwait(false);
                await _worker.RenewLeaseAsync(item, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Could not renew the lease of message {MessageId} on {Queue}.", item.MessageId, Queue.Name);
            }
        }
    }

    private void Report(RunnerEventKind kind, QueueWorkItem item, TimeSpan duration = default, int outputs = 0, string? error = null) =>
        _events.Report(new RunnerEvent(kind, _function.Name, _time.GetUtcNow(), Queue.Name, item.MessageId, item.DequeueCount, duration, outputs, error));

    public void Dispose() => _settled.Dispose();

    private static async Task WaitAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutdown: the loop condition ends the listener.
        }
    }
}
