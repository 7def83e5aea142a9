namespace Monitor.Events.Tests.Grouping;

public sealed class InMemoryEventIndexTests
{
    private readonly InMemoryEventIndex _index = new();

    [Fact]
    public async Task Finds_events_by_partner_within_the_window_only()
    {
        await _index.SaveAsync(Event("inside", new DateOnly(2025, 1, 10), "eu"), 0);
        await _index.SaveAsync(Event("too-late", new DateOnly(2025, 1, 21), "eu"), 0);
        await _index.SaveAsync(Event("other-partner", new DateOnly(2025, 1, 10), "unodc"), 0);
        await _index.SaveAsync(Event("other-country", new DateOnly(2025, 1, 10), "eu") with { WatchedCountry = "tunisia" }, 0);

        var found = await _index.FindCandidatesAsync(new EventCandidateQuery("libya", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 20), ["eu", "italy"]));

        Assert.Equal(["inside"], found.Select(e => e.Id));
    }

    [Fact]
    public async Task Moving_an_event_to_another_date_moves_it_between_buckets()
    {
        var original = Event("e", new DateOnly(2025, 1, 10), "eu");
        await _index.SaveAsync(original, 0);
        await _index.SaveAsync(original with { Date = new DateOnly(2025, 3, 1), Version = 2 }, 1);

        var january = await _index.FindCandidatesAsync(new EventCandidateQuery("libya", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), ["eu"]));
        var march = await _index.FindCandidatesAsync(new EventCandidateQuery("libya", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1), ["eu"]));

        Assert.Empty(january);
        Assert.Equal(2, Assert.Single(march).Version);
    }

    [Fact]
    public async Task Expected_version_zero_inserts_only()
    {
        await _index.SaveAsync(Event("e", new DateOnly(2025, 1, 10), "eu"), 0);

        var error = await Assert.ThrowsAsync<EventConcurrencyException>(() => _index.SaveAsync(Event("e", new DateOnly(2025, 1, 10), "eu"), 0));

        Assert.Equal("e", error.EventId);
    }

    [Fact]
    public async Task Stale_expected_version_is_refused_and_the_stored_event_kept()
    {
        var stored = Event("e", new DateOnly(2025, 1, 10), "eu");
        await _index.SaveAsync(stored, 0);
        await _index.SaveAsync(stored with { Version = 2, Summary = "second" }, 1);

        await Assert.ThrowsAsync<EventConcurrencyException>(() => _index.SaveAsync(stored with { Version = 2, Summary = "stale" }, 1));

        Assert.Equal("second", _index.Find("e")!.Summary);
    }

    [Fact]
    public async Task A_window_of_years_is_refused_rather_than_walked()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            _index.FindCandidatesAsync(new EventCandidateQuery("libya", new DateOnly(2000, 1, 1), new DateOnly(2025, 1, 1), ["eu"])));
    }

    private static CooperationEvent Event(string id, DateOnly date, string partner) => new()
    {
        Id = id,
        Summary = id,
        WatchedCountry = "libya",
        Partners = [partner],
        Date = date,
    };
}
