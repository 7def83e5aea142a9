using Monitor.Store.Feeds;
using Monitor.Store.Tests.Support;
using Monitor.Testing;

namespace Monitor.Store.Tests.Feeds;

[Collection("Azurite")]
public sealed class FeedStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Upsert_Then_Get_Returns_The_Same_Feed()
    {
        var store = new FeedStore(await TestStorage.CreateAsync(azurite));
        var feed = Some.Feed() with { ETag = "\"abc\"", LastModified = "Fri, 14 Mar 2025 10:00:00 GMT", ConsecutiveFailures = 2, LastError = "timeout" };

        await store.UpsertAsync(feed);
        var read = await store.GetAsync(feed.Id);

        Assert.Equal(feed, read);
    }

    [Fact]
    public async Task Get_Returns_Null_For_An_Unknown_Feed()
    {
        var store = new FeedStore(await TestStorage.CreateAsync(azurite));

        Assert.Null(await store.GetAsync("missing"));
    }

    [Fact]
    public async Task List_And_Delete_Cover_All_Feeds()
    {
        var store = new FeedStore(await TestStorage.CreateAsync(azurite));
        var first = Some.Feed();
        var second = Some.Feed();
        await store.UpsertAsync(first);
        await store.UpsertAsync(second);

        Assert.Equal(new[] { first.Id, second.Id }.Order(), (await store.ListAsync()).Select(f => f.Id).Order());
        Assert.True(await store.DeleteAsync(first.Id));
        Assert.False(await store.DeleteAsync(first.Id));
        Assert.Equal([second.Id], (await store.ListAsync()).Select(f => f.Id));
    }

    [Fact]
    public async Task ListDue_Returns_Enabled_Feeds_Whose_Poll_Time_Has_Come()
    {
        var store = new FeedStore(await TestStorage.CreateAsync(azurite));
        var now = Some.Noon;
        var due = Some.Feed() with { NextPollAt = now.AddMinutes(-5) };
        var dueNow = Some.Feed() with { NextPollAt = now };
        var neverPolled = Some.Feed() with { NextPollAt = default };
        var later = Some.Feed() with { NextPollAt = now.AddMinutes(5) };
        var disabled = Some.Feed() with { NextPollAt = now.AddHours(-1), Enabled = false, DisabledReason = "410 Gone" };
        foreach (var feed in new[] { due, dueNow, neverPolled, later, disabled })
        {
            await store.UpsertAsync(feed);
        }

        var result = await store.ListDueAsync(now);

        Assert.Equal([neverPolled.Id, due.Id, dueNow.Id], result.Select(f => f.Id));
    }

    [Fact]
    public async Task Upsert_With_A_Stale_Version_Throws_A_Concurrency_Error()
    {
        var store = new FeedStore(await TestStorage.CreateAsync(azurite));
        var feed = Some.Feed();
        await store.UpsertAsync(feed);
        var read = (await store.GetVersionedAsync(feed.Id))!;
        await store.UpsertAsync(read.Value with { Title = "first writer" }, read.Version);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => store.UpsertAsync(read.Value with { Title = "second writer" }, read.Version));
        Assert.Equal("first writer", (await store.GetAsync(feed.Id))!.Title);
    }

    [Fact]
    public async Task Concurrent_Updates_Of_One_Feed_Lose_No_Increment()
    {
        var storage = await TestStorage.CreateAsync(azurite, o => o.ConcurrencyRetries = 50);
        var store = new FeedStore(storage);
        var feed = Some.Feed();
        await store.UpsertAsync(feed);
        const int writers = 8;
        const int incrementsEach = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < incrementsEach; i++)
            {
                await store.UpdateAsync(feed.Id, f => f with { ConsecutiveFailures = f.ConsecutiveFailures + 1 });
            }
        })));

        Assert.Equal(writers * incrementsEach, (await store.GetAsync(feed.Id))!.ConsecutiveFailures);
    }

    [Fact]
    public async Task Update_Of_A_Missing_Feed_Returns_Null()
    {
        var store = new FeedStore(await TestStorage.CreateAsync(azurite));

        Assert.Null(await store.UpdateAsync("missing", f => f));
    }
}
