using Monitor.Store.Queues;

namespace Monitor.Hosting.Runner;

/// <summary>
/// Runs one invocation the way the host does: within functionTimeout, then writes the output messages to
/// their queues before the trigger message is settled, so a crash duplicates work rather than losing it.
/// </summary>
internal sealed class FunctionExecutor(WorkQueues queues, TimeSpan? functionTimeout, ILogger logger, QueueWriteSignals? signals = null)
{
    /// <returns>The number of messages enqueued on output bindings.</returns>
    /// <exception cref="OperationCanceledException">The shutdown token fired (the invocation was cut short).</exception>
    /// <exception cref="TimeoutException">The invocation exceeded functionTimeout.</exception>
    public async Task<int> ExecuteAsync(MonitorFunction function, FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (functionTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        FunctionResult result;
        try
        {
            result = await function.InvokeAsync(invocation, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{function.Name} exceeded the function timeout of {functionTimeout}.");
        }

        FunctionResultValidation.EnsureOutputsDeclared(function.Definition, result);
        foreach (var line in result.Logs)
        {
            logger.LogInformation("{FunctionName}: {Line}", function.Name, line);
        }

        var enqueued = 0;
        foreach (var (bindingName, messages) in result.Outputs)
        {
            var queueName = function.Definition.FindOutput(bindingName)!.QueueName;
            var queue = queues.Get(queueName);
            foreach (var message in messages)
            {
                // Outputs are written even when shutdown has begun: the function already did the work.
                await queue.EnqueueJsonAsync(message, CancellationToken.None).ConfigureAwait(false);
                enqueued++;
                signals?.Written(queueName);
            }
        }

        return enqueued;
    }
}
