using Monitor.Events;
using Monitor.Store.Events;
using Monitor.Store.Tests.Support;
using Monitor.Testing;

namespace Monitor.Store.Tests.Events;

[Collection("Azurite")]
public sealed class EventStoreTests(AzuriteFixture azurite)
{
    private async Task<(EventStore Store, MonitorStorage Storage)> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return (new EventStore(storage), storage);
    }

    [Fact]
    public async Task Save_Then_Get_Round_Trips_Every_Field()
    {
        var (store, _) = await CreateAsync();
        var saved = Some.Event(date: new DateOnly(2025, 3, 13)) with { Version = 3, LastUpdated = Some.Noon.AddHours(2) };

        await store.SaveAsync(saved, expectedVersion: null);

        Assert.Equivalent(saved, await store.GetAsync("libya", saved.Id), strict: true);
        Assert.Equivalent(saved, await store.GetAsync(saved.Id), strict: true);
        Assert.Null(await store.GetAsync("libya", "missing"));
        Assert.Null(await store.GetAsync("missing"));
    }

    [Fact]
    public async Task FindCandidates_Returns_Only_Events_Of_The_Country_In_The_Date_Window()
    {
        var (store, _) = await CreateAsync();
        var before = Some.Event(date: new DateOnly(2025, 3, 1));
        var inside = Some.Event(date: new DateOnly(2025, 3, 10));
        var undatedSeenInside = Some.Event(date: null) with { FirstSeen = new DateTimeOffset(2025, 3, 12, 8, 0, 0, TimeSpan.Zero) };
        var lastDay = Some.Event(date: new DateOnly(2025, 3, 15));
        var after = Some.Event(date: new DateOnly(2025, 3, 16));
        var otherCountry = Some.Event(date: new DateOnly(2025, 3, 10), country: "tunisia");
        foreach (var e in new[] { before, inside, undatedSeenInside, lastDay, after, otherCountry })
        {
            await store.SaveAsync(e, expectedVersion: null);
        }

        var candidates = await store.FindCandidatesAsync(
            new EventCandidateQuery("libya", new DateOnly(2025, 3, 8), new DateOnly(2025, 3, 15), ["italy"]));

        Assert.Equal([inside.Id, undatedSeenInside.Id, lastDay.Id], candidates.Select(e => e.Id));
    }

    [Fact]
    public async Task FindCandidates_Reads_Only_Events_That_Share_A_Partner()
    {
        var (store, storage) = await CreateAsync();
        var day = new DateOnly(2025, 3, 10);
        var withItaly = Some.Event(date: day);
        var withMalta = Some.Event(date: day) with { Partners = ["malta", "eu"] };
        var indexedBeforePartners = Some.Event(date: day) with { Partners = ["greece"] };
        foreach (var e in new[] { withItaly, withMalta, indexedBeforePartners })
        {
            await store.SaveAsync(e, expectedVersion: null);
        }

        // An index entry written before entries listed partners: it cannot be filtered, so it is read.
        await storage.EventIndex.UpsertEntityAsync(
            new Azure.Data.Tables.TableEntity(EventKeys.IndexPartition(indexedBeforePartners), EventKeys.Row(indexedBeforePartners.Id)) { ["EventPartition"] = "libya" },
            Azure.Data.Tables.TableUpdateMode.Replace);

        var forEu = await store.FindCandidatesAsync(new EventCandidateQuery("libya", day, day, ["eu"]));
        var forItaly = await store.FindCandidatesAsync(new EventCandidateQuery("libya", day, day, ["italy", "tunisia"]));

        Assert.Equal(new[] { withMalta.Id, indexedBeforePartners.Id }.Order(StringComparer.Ordinal), forEu.Select(e => e.Id));
        Assert.Equal(new[] { withItaly.Id, indexedBeforePartners.Id }.Order(StringComparer.Ordinal), forItaly.Select(e => e.Id));
    }

    [Fact]
    public async Task A_Worker_Deciding_On_An_Event_Another_Worker_Has_Since_Changed_Loses()
    {
        var (first, storage) = await CreateAsync();
        var second = new EventStore(storage);
        var e = Some.Event(date: new DateOnly(2025, 3, 1));
        await first.SaveAsync(e, expectedVersion: 0);
        var window = new EventCandidateQuery("libya", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1), ["italy"]);
        var seenByFirst = Assert.Single(await first.FindCandidatesAsync(window));
        var seenBySecond = Assert.Single(await second.FindCandidatesAsync(window));

        await second.SaveAsync(seenBySecond with { Summary = "second worker", Version = 2 }, expectedVersion: 1);
        var error = await Assert.ThrowsAsync<EventConcurrencyException>(
            () => first.SaveAsync(seenByFirst with { Summary = "first worker", Version = 2 }, expectedVersion: 1));

        Assert.Equal(e.Id, error.EventId);
        Assert.Equal("second worker", (await first.GetAsync("libya", e.Id))!.Summary);

        // Read afresh, the first worker's next decision goes through.
        var fresh = Assert.Single(await first.FindCandidatesAsync(window));
        await first.SaveAsync(fresh with { Summary = "first worker, again", Version = 3 }, expectedVersion: 2);
        Assert.Equal(3, (await second.GetAsync("libya", e.Id))!.Version);
    }

    [Fact]
    public async Task Creating_An_Event_That_Exists_Throws_Without_Touching_It()
    {
        var (store, _) = await CreateAsync();
        var e = Some.Event(date: new DateOnly(2025, 3, 1));
        await store.SaveAsync(e, expectedVersion: 0);

        await Assert.ThrowsAsync<EventConcurrencyException>(() => store.SaveAsync(e with { Summary = "duplicate" }, expectedVersion: 0));

        Assert.Equal(e.Summary, (await store.GetAsync("libya", e.Id))!.Summary);
    }

    [Fact]
    public async Task An_Event_Whose_Date_Moves_Leaves_The_Old_Window()
    {
        var (store, storage) = await CreateAsync();
        var original = Some.Event(date: new DateOnly(2025, 3, 1));
        await store.SaveAsync(original, expectedVersion: null);

        await store.SaveAsync(original with { Date = new DateOnly(2025, 4, 1), Version = 2 }, expectedVersion: 1);

        Assert.Empty(await store.FindCandidatesAsync(new EventCandidateQuery("libya", new DateOnly(2025, 2, 25), new DateOnly(2025, 3, 5), [])));
        Assert.Single(await store.FindCandidatesAsync(new EventCandidateQuery("libya", new DateOnly(2025, 3, 28), new DateOnly(2025, 4, 5), [])));
        var indexRows = await storage.EventIndex.QueryAsync<Azure.Data.Tables.TableEntity>().CountAsync();
        Assert.Equal(1, indexRows);
    }

    [Fact]
    public async Task Save_With_A_Stale_Version_Throws_EventConcurrencyException()
    {
        var (store, _) = await CreateAsync();
        var e = Some.Event(date: new DateOnly(2025, 3, 1));
        await store.SaveAsync(e, expectedVersion: null);
        await store.SaveAsync(e with { Summary = "first writer", Version = 2 }, expectedVersion: 1);

        var error = await Assert.ThrowsAsync<EventConcurrencyException>(
            () => store.SaveAsync(e with { Summary = "second writer", Version = 2 }, expectedVersion: 1));

        Assert.Equal(e.Id, error.EventId);
        Assert.Equal("first writer", (await store.GetAsync("libya", e.Id))!.Summary);
    }

    [Fact]
    public async Task Save_Expecting_A_Version_Of_A_Missing_Event_Throws()
    {
        var (store, _) = await CreateAsync();

        await Assert.ThrowsAsync<EventConcurrencyException>(() => store.SaveAsync(Some.Event(), expectedVersion: 1));
    }

    [Fact]
    public async Task Concurrent_Savers_Of_One_Version_Let_Exactly_One_Win()
    {
        var (store, _) = await CreateAsync();
        var e = Some.Event(date: new DateOnly(2025, 3, 1));
        await store.SaveAsync(e, expectedVersion: null);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(e with { Summary = $"writer {i}", Version = 2 }, expectedVersion: 1);
                return true;
            }
            catch (EventConcurrencyException)
            {
                return false;
            }
        })));

        Assert.Single(attempts, won => won);
    }

    [Fact]
    public async Task Many_Sources_Beyond_One_Property_Survive()
    {
        var (store, _) = await CreateAsync();
        var sources = Enumerable.Range(0, 400)
            .Select(i => new EventSource($"article-{i}", new Uri($"https://outlet{i}.example.com/news/{i}"), $"outlet{i}.example.com", $"Report number {i} on the joint patrol agreement", Some.Noon))
            .ToList();
        var e = Some.Event(date: new DateOnly(2025, 3, 1)) with { Sources = sources };

        await store.SaveAsync(e, expectedVersion: null);

        Assert.Equal(sources, (await store.GetAsync("libya", e.Id))!.Sources);
    }

    [Fact]
    public async Task ListRecent_Orders_By_Last_Update()
    {
        var (store, _) = await CreateAsync();
        var older = Some.Event() with { LastUpdated = Some.Noon };
        var newer = Some.Event() with { LastUpdated = Some.Noon.AddHours(1) };
        var otherCountry = Some.Event(country: "tunisia") with { LastUpdated = Some.Noon.AddMinutes(30) };
        foreach (var e in new[] { older, newer, otherCountry })
        {
            await store.SaveAsync(e, expectedVersion: null);
        }

        Assert.Equal([newer.Id, otherCountry.Id], (await store.ListRecentAsync(2)).Select(e => e.Id));
    }

    [Fact]
    public async Task Ids_And_Countries_With_Characters_Forbidden_In_Keys_Work()
    {
        var (store, _) = await CreateAsync();
        var e = Some.Event(id: "ev/1\\x#y?z\u0001", date: new DateOnly(2025, 3, 1), country: "côte/d'ivoire");

        await store.SaveAsync(e, expectedVersion: null);

        Assert.Equal(e.Id, (await store.GetAsync(e.WatchedCountry, e.Id))?.Id);
        Assert.Equal(e.Id, (await store.GetAsync(e.Id))?.Id);
        var candidates = await store.FindCandidatesAsync(new EventCandidateQuery(e.WatchedCountry, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1), []));
        Assert.Equal([e.Id], candidates.Select(c => c.Id));
    }
}
