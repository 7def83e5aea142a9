using Monitor.Store.Events;
using Monitor.Store.Tests.Support;
using Monitor.Testing;

namespace Monitor.Store.Tests.Events;

[Collection("Azurite")]
public sealed class EventGroupingLeaseTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_Second_Worker_Waits_Until_The_First_Releases_The_Country()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var first = new EventStore(storage);
        var second = new EventStore(storage);

        var held = await first.LockAsync("libya");
        var waiting = second.LockAsync("libya");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "the lease is held by the first worker");

        await held.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Different_Countries_Do_Not_Wait_For_Each_Other()
    {
        var store = new EventStore(await TestStorage.CreateAsync(azurite));

        await using var libya = await store.LockAsync("libya");
        await using var tunisia = await store.LockAsync("tunisia").WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Cancelling_A_Wait_Throws_And_Leaves_The_Lease_With_Its_Holder()
    {
        var store = new EventStore(await TestStorage.CreateAsync(azurite));
        await using var held = await store.LockAsync("libya");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.LockAsync("libya", cancel.Token));
    }
}
