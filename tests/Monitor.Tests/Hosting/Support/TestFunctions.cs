using System.Collections.Concurrent;
using System.Text.Json;
using Monitor.Hosting;

namespace Monitor.Tests.Hosting.Support;

/// <summary>Echoes each queue message to its "out" binding, wrapped with the dequeue count.</summary>
public sealed class EchoFunction(string name, string queueName, string outputQueue) : MonitorFunction
{
    public ConcurrentBag<JsonElement> Received { get; } = [];

    public override FunctionDefinition Definition { get; } =
        new(name, new QueueTrigger(queueName), new QueueOutputBinding("out", outputQueue));

    public override Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        Received.Add(invocation.Message);
        var result = new FunctionResult()
            .Output("out", new { echo = invocation.Message, dequeueCount = invocation.DequeueCount })
            .Log($"echoed {invocation.MessageId}");
        return Task.FromResult(result);
    }
}

/// <summary>Counts messages and always succeeds, with no outputs.</summary>
public sealed class SinkFunction(string name, string queueName) : MonitorFunction
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ConcurrentBag<JsonElement> Received { get; } = [];

    public override FunctionDefinition Definition { get; } = new(name, new QueueTrigger(queueName));

    public override Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        Received.Add(invocation.Message);
        Interlocked.Increment(ref _count);
        return Task.FromResult(new FunctionResult());
    }
}

/// <summary>Always throws; records the dequeue counts it saw.</summary>
public sealed class ThrowingFunction(string name, string queueName) : MonitorFunction
{
    public ConcurrentQueue<long> DequeueCounts { get; } = new();

    public override FunctionDefinition Definition { get; } = new(name, new QueueTrigger(queueName));

    public override Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        DequeueCounts.Enqueue(invocation.DequeueCount);
        throw new InvalidOperationException("the article page could not be parsed");
    }
}

/// <summary>Blocks until cancelled, to observe shutdown mid-message.</summary>
public sealed class BlockingFunction(string name, string queueName) : MonitorFunction
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override FunctionDefinition Definition { get; } = new(name, new QueueTrigger(queueName));

    public override async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return new FunctionResult();
    }
}

/// <summary>A timer that emits a fixed number of messages per run.</summary>
public sealed class TickFunction(string name, string schedule, string outputQueue, int messagesPerRun) : MonitorFunction
{
    public ConcurrentQueue<TimerInfo> Runs { get; } = new();

    public override FunctionDefinition Definition { get; } =
        new(name, new TimerTrigger(schedule), new QueueOutputBinding("ticks", outputQueue));

    public override Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        Runs.Enqueue(invocation.Timer!);
        var result = new FunctionResult().Log(invocation.Timer!.Status is null ? "no schedule status" : "with schedule status");
        for (var i = 0; i < messagesPerRun; i++)
        {
            result.Output("ticks", new { tick = i });
        }

        return Task.FromResult(result);
    }
}
