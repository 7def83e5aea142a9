using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Hosting;
using Monitor.Hosting.Runner;
using Monitor.Store.Queues;
using Monitor.Testing;
using Monitor.Tests.Hosting.Support;

namespace Monitor.Tests.Hosting;

/// <summary>The local runner against real Azurite, with the shortened semantics of TestData/Hosting/host.json.</summary>
[Collection("Azurite")]
public sealed class LocalRunnerTests(AzuriteFixture azurite)
{
    private readonly WorkQueues _queues = new(azurite.ConnectionString);
    private readonly RecordingProgress _progress = new();

    [Fact]
    public async Task Failing_Message_Is_Retried_Then_Poisoned_After_Max_Dequeue_Count_From_Host_Json()
    {
        var queue = AzuriteFixture.UniqueName("fail");
        var function = new ThrowingFunction("Failing", queue);
        await _queues.Get(queue).CreateIfNotExistsAsync();
        await _queues.Get(queue).EnqueueAsync(new { articleUrl = "https://news.example/a1" });

        var summary = await RunOnceAsync(function);

        Assert.Equal([1L, 2L, 3L], function.DequeueCounts);
        Assert.Equal(1, summary.MessagesPoisoned);
        Assert.Equal(2, summary.MessagesRetried);
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(0, await _queues.Get(queue).GetApproximateCountAsync());
        Assert.Contains("news.example/a1", Assert.Single(await _queues.Get(QueueNames.Poison(queue)).PeekAsync()), StringComparison.Ordinal);
        Assert.Contains(_progress.Events, e => e.Kind == RunnerEventKind.MessagePoisoned && e.DequeueCount == 3);
    }

    [Fact]
    public async Task Succeeding_Message_Runs_Once_And_Is_Deleted()
    {
        var queue = AzuriteFixture.UniqueName("ok");
        var function = new SinkFunction("Sink", queue);
        await _queues.Get(queue).CreateIfNotExistsAsync();
        await _queues.Get(queue).EnqueueAsync(new { feedId = "f1" });

        var summary = await RunOnceAsync(function);

        Assert.Equal(1, function.Count);
        Assert.Equal("f1", Assert.Single(function.Received).GetProperty("feedId").GetString());
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(0, await _queues.Get(queue).GetApproximateCountAsync());
        Assert.Empty(await _queues.Get(QueueNames.Poison(queue)).PeekAsync());
    }

    [Fact]
    public async Task Run_Once_Fires_Each_Timer_Once_And_Drains_Chained_Queues()
    {
        var (first, second) = (AzuriteFixture.UniqueName("first"), AzuriteFixture.UniqueName("second"));
        var tick = new TickFunction("Tick", "0 0 0 1 1 *", first, messagesPerRun: 3);
        var echo = new EchoFunction("Echo", first, second);
        var sink = new SinkFunction("Sink", second);

        var summary = await RunOnceAsync(tick, echo, sink);

        Assert.Null(Assert.Single(tick.Runs).Status);
        Assert.Equal(3, echo.Received.Count);
        Assert.Equal(3, sink.Count);
        Assert.All(sink.Received, m => Assert.Equal(1, m.GetProperty("dequeueCount").GetInt64()));
        Assert.Equal(1, summary.TimersInvoked);
        Assert.Equal(6, summary.MessagesSucceeded);
        Assert.Equal(6, summary.MessagesEnqueued);
        Assert.Equal(0, await _queues.Get(first).GetApproximateCountAsync());
        Assert.Equal(0, await _queues.Get(second).GetApproximateCountAsync());
    }

    [Fact]
    public async Task A_Listener_Sleeping_On_An_Empty_Queue_Wakes_When_A_Function_Of_This_Process_Writes_To_It()
    {
        var (first, second) = (AzuriteFixture.UniqueName("first"), AzuriteFixture.UniqueName("second"));
        var tick = new TickFunction("Tick", "0 0 0 1 1 *", first, messagesPerRun: 2);
        var echo = new EchoFunction("Echo", first, second);
        var sink = new SinkFunction("Sink", second);

        // The second queue is empty when its listener first looks, and its back-off starts at ten minutes: only the
        // wake-up on Echo's writes lets the run finish within the test's 45-second limit.
        var summary = await RunOnceAsync(["--LocalRunner:MinimumPollingInterval=00:10:00"], tick, echo, sink);

        Assert.Equal(2, sink.Count);
        Assert.Equal(4, summary.MessagesSucceeded);
        Assert.Equal(0, await _queues.Get(second).GetApproximateCountAsync());
    }

    [Fact]
    public async Task Shutdown_Mid_Message_Loses_Nothing_The_Message_Reappears_After_The_Visibility_Timeout()
    {
        var queue = AzuriteFixture.UniqueName("stop");
        var function = new BlockingFunction("Blocking", queue);
        await _queues.Get(queue).CreateIfNotExistsAsync();
        await _queues.Get(queue).EnqueueAsync(new { articleUrl = "https://news.example/slow" });
        using var host = BuildRunner(["--LocalRunner:ShutdownGracePeriod=00:00:00.100"], function);
        using var stop = new CancellationTokenSource();

        var serving = host.Services.GetRequiredService<LocalRunner>().ServeAsync(stop.Token);
        await function.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await stop.CancelAsync();
        var summary = await serving.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, summary.MessagesAbandoned);
        Assert.Equal(0, summary.MessagesPoisoned);
        var worker = new QueueWorker(_queues, queue, new QueueProcessingOptions());
        var again = await worker.ReceiveEventuallyAsync();
        Assert.Contains("news.example/slow", again.Body, StringComparison.Ordinal);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task Serve_Fires_A_Timer_On_Its_Schedule_With_Schedule_Status()
    {
        var queue = AzuriteFixture.UniqueName("tick");
        var tick = new TickFunction("EverySecond", "* * * * * *", queue, messagesPerRun: 1);
        using var host = BuildRunner([], tick);
        using var stop = new CancellationTokenSource();

        var serving = host.Services.GetRequiredService<LocalRunner>().ServeAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (tick.Runs.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await stop.CancelAsync();
        await serving.WaitAsync(TimeSpan.FromSeconds(20));

        var run = Assert.Single(tick.Runs.Take(1));
        Assert.NotNull(run.Status?.Next);
        Assert.NotEmpty(await _queues.Get(queue).PeekAsync());
    }

    private Task<RunSummary> RunOnceAsync(params MonitorFunction[] functions) => RunOnceAsync([], functions);

    private async Task<RunSummary> RunOnceAsync(string[] args, params MonitorFunction[] functions)
    {
        using var host = BuildRunner(args, functions);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        return await host.Services.GetRequiredService<LocalRunner>().RunOnceAsync(timeout.Token);
    }

    private IHost BuildRunner(string[] args, params MonitorFunction[] functions) =>
        LocalRunnerApp.Build(
            new LocalRunnerAppOptions
            {
                ConnectionString = azurite.ConnectionString,
                HostJsonPath = TestPaths.TestHostJson,
                Progress = _progress,
                Args = args,
            },
            [.. functions.Select(f => f.Definition)],
            (services, _) =>
            {
                foreach (var function in functions)
                {
                    services.AddMonitorFunction(function);
                }
            });

    /// <summary>Records synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class RecordingProgress : IProgress<RunnerEvent>
    {
        public ConcurrentQueue<RunnerEvent> Events { get; } = new();

        public void Report(RunnerEvent value) => Events.Enqueue(value);
    }
}
