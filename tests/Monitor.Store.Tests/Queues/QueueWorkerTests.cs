using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Monitor.Store.Queues;
using Monitor.Testing;

namespace Monitor.Store.Tests.Queues;

[Collection("AzuriteQueues")]
public sealed class QueueWorkerTests(AzuriteFixture azurite)
{
    private static readonly QueueProcessingOptions Semantics = new()
    {
        BatchSize = 4,
        NewBatchThreshold = 2,
        MaxDequeueCount = 2,
        VisibilityTimeout = TimeSpan.FromSeconds(1),
        LeaseDuration = TimeSpan.FromSeconds(30),
    };

    private readonly WorkQueues _queues = new(azurite.ConnectionString);

    [Fact]
    public async Task Enqueued_Object_Travels_As_Base64_Json_As_The_Functions_Host_Expects()
    {
        var worker = await NewWorkerAsync();
        await worker.Queue.EnqueueAsync(new { FeedId = "f-1", Attempt = 1 });

        var raw = new QueueClient(azurite.ConnectionString, worker.Queue.Name, WorkQueues.CreateClientOptions(WorkQueueEncoding.None));
        var peeked = (await raw.PeekMessagesAsync()).Value.Single().Body.ToString();

        var json = Encoding.UTF8.GetString(Convert.FromBase64String(peeked));
        using var document = JsonDocument.Parse(json);
        Assert.Equal("f-1", document.RootElement.GetProperty("feedId").GetString());
    }

    [Fact]
    public async Task Completed_Message_Is_Deleted()
    {
        var worker = await NewWorkerAsync();
        await worker.Queue.EnqueueAsync(new { N = 1 });

        var item = Assert.Single(await worker.ReceiveAsync(10));
        Assert.Equal(QueueMessageOutcome.Deleted, await worker.CompleteAsync(item));

        Assert.Equal(0, await worker.Queue.GetApproximateCountAsync());
    }

    [Fact]
    public async Task Failed_Message_Below_The_Limit_Is_Hidden_For_The_Visibility_Timeout_Then_Redelivered()
    {
        var worker = await NewWorkerAsync();
        await worker.Queue.EnqueueAsync(new { N = 1 });
        var first = Assert.Single(await worker.ReceiveAsync(10));

        Assert.Equal(QueueMessageOutcome.Released, await worker.FailAsync(first));
        Assert.Empty(await worker.Queue.PeekAsync());

        var again = await worker.ReceiveEventuallyAsync();
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
        Assert.Equal(first.Body, again.Body);
    }

    [Fact]
    public async Task Failed_Message_At_The_Limit_Moves_To_The_Poison_Queue_And_Leaves_The_Work_Queue()
    {
        var worker = await NewWorkerAsync();
        await worker.Queue.EnqueueAsync(new { N = 7 });
        await worker.FailAsync(Assert.Single(await worker.ReceiveAsync(10)));
        var last = await worker.ReceiveEventuallyAsync();

        Assert.Equal(QueueMessageOutcome.Poisoned, await worker.FailAsync(last));

        Assert.Equal(0, await worker.Queue.GetApproximateCountAsync());
        var poisoned = Assert.Single(await _queues.Get(QueueNames.Poison(worker.Queue.Name)).PeekAsync());
        Assert.Equal(last.Body, poisoned);
    }

    [Fact]
    public async Task Abandoned_Message_Is_Kept_And_Reappears()
    {
        var worker = await NewWorkerAsync();
        await worker.Queue.EnqueueAsync(new { N = 3 });
        var item = Assert.Single(await worker.ReceiveAsync(10));

        Assert.Equal(QueueMessageOutcome.Abandoned, await worker.AbandonAsync(item));

        Assert.Equal(item.MessageId, (await worker.ReceiveEventuallyAsync()).MessageId);
    }

    [Fact]
    public async Task Message_Dequeued_More_Often_Than_Allowed_Is_Recognised_Before_It_Runs()
    {
        var worker = await NewWorkerAsync();
        await worker.Queue.EnqueueAsync(new { N = 4 });
        for (var i = 0; i < Semantics.MaxDequeueCount; i++)
        {
            // Simulates attempts that died without failing cleanly: the lease simply lapses.
            var crashed = await worker.ReceiveEventuallyAsync();
            await worker.Queue.SetVisibilityAsync(crashed, TimeSpan.Zero);
        }

        var item = await worker.ReceiveEventuallyAsync();

        Assert.True(worker.IsOverDequeueLimit(item));
    }

    [Fact]
    public void Options_Outside_The_Service_Limits_Are_Rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueueProcessingOptions { BatchSize = 33 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueueProcessingOptions { MaxDequeueCount = 0 }.Validate());
    }

    private async Task<QueueWorker> NewWorkerAsync()
    {
        var worker = new QueueWorker(_queues, AzuriteFixture.UniqueName("work"), Semantics);
        await worker.EnsureCreatedAsync();
        return worker;
    }
}
