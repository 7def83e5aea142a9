namespace Monitor.Hosting;

/// <summary>
/// A function of the monitor. The same object runs under the Functions host (custom handler) and under
/// the local runner. Throw to fail the invocation: queue messages are then retried and finally poisoned.
/// Honour the token: it fires when the process shuts down, and an unfinished message then comes back.
/// </summary>
public abstract class MonitorFunction
{
    /// <summary>The catalog entry this function implements (name, trigger, outputs).</summary>
    public abstract FunctionDefinition Definition { get; }

    public string Name => Definition.Name;

    public abstract Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken);
}
