using Monitor.Classify;
using Monitor.Events.Tests.Support;

namespace Monitor.Events.Tests.Grouping;

public sealed class EventGrouperTests
{
    private static readonly DateOnly SigningDay = new(2025, 10, 30);

    private readonly InMemoryEventIndex _store = new();
    private readonly CountingEventIndex _index;
    private readonly ManualClock _clock = new(Some.Day(2025, 11, 2));
    private readonly EventGroupingOptions _options = new();
    private readonly EventGrouper _grouper;

    public EventGrouperTests()
    {
        _index = new CountingEventIndex(_store);
        _grouper = new EventGrouper(_index, _options, _clock, DisplayName);
    }

    [Fact]
    public async Task Same_event_in_different_words_spellings_and_languages_merges_into_one_event()
    {
        var english = Some.Report(
            "en-1",
            "Libya and US DEA sign memorandum to fight drug trafficking",
            Some.Classification(["us", "us-dea"], ["agreement"], ["narcotics"], SigningDay, "Cairo", ["khaled almabrouk"], ["ly-ana"]),
            Some.Day(2025, 10, 31));
        var french = Some.Report(
            "fr-1",
            "La Libye et la DEA américaine signent un mémorandum contre les stupéfiants",
            Some.Classification(["us-dea"], ["agreement"], ["narcotics", "organized_crime"], place: "Le Caire"),
            Some.Day(2025, 11, 1));
        var arabic = Some.Report(
            "ar-1",
            "ليبيا والولايات المتحدة توقعان مذكرة تفاهم لمكافحة المخدرات",
            Some.Classification(["us"], ["agreement"], ["narcotics"], SigningDay, "القاهرة", ["khaled almabrouk"]),
            Some.Day(2025, 10, 30));

        var first = await _grouper.AssignAsync(english, default);
        var second = await _grouper.AssignAsync(french, default);
        var third = await _grouper.AssignAsync(arabic, default);

        Assert.Equal(EventAssignmentOutcome.Created, first.Outcome);
        Assert.Equal(EventAssignmentOutcome.Merged, second.Outcome);
        Assert.Equal(EventAssignmentOutcome.Merged, third.Outcome);
        var stored = Assert.Single(_store.Snapshot());
        Assert.Equal(["en-1", "fr-1", "ar-1"], stored.Sources.Select(s => s.ArticleId));
        Assert.Equal(3, stored.Version);
        Assert.Equal(SigningDay, stored.Date);
        Assert.Contains("organized_crime", stored.Domains);
        Assert.Equal(["us", "us-dea"], stored.Partners.Order());
    }

    [Fact]
    public async Task New_source_bumps_the_version_and_a_repeated_delivery_does_not()
    {
        var first = Some.Report("a-1", "EU and Libya agree on border training", Some.Classification(["eu"], ["agreement"], eventDate: SigningDay));
        var second = Some.Report("a-2", "Libya, European Union sign border deal", Some.Classification(["eu"], ["agreement"], eventDate: SigningDay));
        await _grouper.AssignAsync(first, default);
        _clock.Advance(TimeSpan.FromHours(1));
        var merged = await _grouper.AssignAsync(second, default);
        _clock.Advance(TimeSpan.FromHours(1));

        var repeat = await _grouper.AssignAsync(second, default);

        Assert.Equal(EventAssignmentOutcome.Merged, merged.Outcome);
        Assert.Equal(2, merged.Event!.Version);
        Assert.Equal(EventAssignmentOutcome.AlreadyPresent, repeat.Outcome);
        var stored = Assert.Single(_store.Snapshot());
        Assert.Equal(2, stored.Version);
        Assert.Equal(2, stored.Sources.Count);
        Assert.Equal(merged.Event.LastUpdated, stored.LastUpdated);
        Assert.Equal(2, _index.Saves);
    }

    [Fact]
    public async Task Agreement_of_2020_and_its_renewal_in_2024_stay_two_events()
    {
        await _grouper.AssignAsync(
            Some.Report("2020", "Libya and Italy sign coast guard agreement", Some.Classification(["italy"], ["agreement"], ["maritime_security"], new DateOnly(2020, 2, 2))),
            default);

        var renewal = await _grouper.AssignAsync(
            Some.Report("2024", "Libya and Italy renew coast guard agreement", Some.Classification(["italy"], ["agreement"], ["maritime_security"], new DateOnly(2024, 2, 2))),
            default);

        Assert.Equal(EventAssignmentOutcome.Created, renewal.Outcome);
        Assert.Equal(2, _store.Count);
    }

    [Fact]
    public async Task Two_trainings_with_the_same_partner_a_month_apart_stay_two_events()
    {
        await _grouper.AssignAsync(
            Some.Report("t-1", "UNODC trains Libyan investigators on trafficking cases", Some.Classification(["unodc"], ["training"], ["human_trafficking"]), Some.Day(2025, 3, 4)),
            default);

        var second = await _grouper.AssignAsync(
            Some.Report("t-2", "UNODC trains Libyan investigators on trafficking cases", Some.Classification(["unodc"], ["training"], ["human_trafficking"]), Some.Day(2025, 4, 8)),
            default);

        Assert.Equal(EventAssignmentOutcome.Created, second.Outcome);
        Assert.Equal(2, _store.Count);
    }

    [Fact]
    public async Task Same_partner_on_the_same_day_with_unrelated_types_stays_apart()
    {
        await _grouper.AssignAsync(Some.Report("x-1", "Libya receives patrol boats from Italy", Some.Classification(["italy"], ["aid_equipment"], eventDate: SigningDay)), default);

        var other = await _grouper.AssignAsync(Some.Report("x-2", "Joint raid with Italian police dismantles smuggling ring", Some.Classification(["italy"], ["joint_operation"], eventDate: SigningDay)), default);

        Assert.Equal(EventAssignmentOutcome.Created, other.Outcome);
    }

    [Theory]
    [InlineData(ReportMode.Opinion, true)]
    [InlineData(ReportMode.Report, false)]
    public async Task Opinion_pieces_and_irrelevant_articles_do_not_form_events(ReportMode mode, bool relevant)
    {
        var report = Some.Report("op-1", "Why Libya's partnership with the EU will fail", Some.Classification(["eu"], ["statement_intent"], eventDate: SigningDay, mode: mode, relevant: relevant));

        var assignment = await _grouper.AssignAsync(report, default);

        Assert.Equal(EventAssignmentOutcome.Skipped, assignment.Outcome);
        Assert.Null(assignment.Event);
        Assert.Equal(0, _store.Count);
        Assert.Empty(_index.Queries);
    }

    [Fact]
    public async Task Candidates_are_looked_up_by_date_window_and_partners_with_parents()
    {
        var report = Some.Report("q-1", "DEA and Libya meet", Some.Classification(["us-dea"], ["meeting"], eventDate: SigningDay));

        await _grouper.AssignAsync(report, default);

        var query = Assert.Single(_index.Queries);
        Assert.Equal("libya", query.WatchedCountry);
        Assert.Equal(SigningDay.AddDays(-_options.InferredWindowDays), query.From);
        Assert.Equal(SigningDay.AddDays(_options.InferredWindowDays), query.To);
        Assert.Equal(["us", "us-dea"], query.Partners.Order());
    }

    [Fact]
    public async Task Report_without_any_date_is_dated_by_its_arrival()
    {
        var report = Some.Report("nd-1", "Interpol and Libya discuss cooperation", Some.Classification(["interpol"], ["meeting"]));

        var assignment = await _grouper.AssignAsync(report, default);

        Assert.Equal(DateOnly.FromDateTime(_clock.Now.UtcDateTime), assignment.Event!.Date);
        Assert.True(assignment.Event.DateInferred);
    }

    [Fact]
    public async Task Merge_prefers_a_date_read_from_the_text_over_a_publication_date()
    {
        await _grouper.AssignAsync(Some.Report("d-1", "Libya and DEA sign memorandum", Some.Classification(["us-dea"], ["agreement"]), Some.Day(2025, 11, 1)), default);

        var merged = await _grouper.AssignAsync(Some.Report("d-2", "Memorandum signed with DEA on 30 October", Some.Classification(["us-dea"], ["agreement"], eventDate: SigningDay), Some.Day(2025, 11, 3)), default);

        Assert.Equal(EventAssignmentOutcome.Merged, merged.Outcome);
        Assert.Equal(SigningDay, merged.Event!.Date);
        Assert.False(merged.Event.DateInferred);
    }

    [Theory]
    [InlineData(0.3, EventAssignmentOutcome.Merged)]
    [InlineData(0.9, EventAssignmentOutcome.Created)]
    public async Task Low_confidence_event_dates_are_publication_fallbacks_and_get_the_wider_window(double confidence, EventAssignmentOutcome expected)
    {
        await _grouper.AssignAsync(Some.Report("w-1", "Frontex and Libya meet", Some.Classification(["frontex"], ["meeting"], eventDate: SigningDay, eventDateConfidence: confidence)), default);

        var later = await _grouper.AssignAsync(
            Some.Report("w-2", "Frontex and Libya meet", Some.Classification(["frontex"], ["meeting"], eventDate: SigningDay.AddDays(6), eventDateConfidence: confidence)),
            default);

        Assert.Equal(expected, later.Outcome);
    }

    [Fact]
    public async Task Summary_names_country_actors_partners_type_domain_place_and_date()
    {
        var report = Some.Report("s-1", "Libya and DEA sign memorandum", Some.Classification(["us", "us-dea"], ["agreement"], ["narcotics"], SigningDay, "Cairo", actors: ["ly-ana"]));

        var assignment = await _grouper.AssignAsync(report, default);

        Assert.Equal("Libya (Anti-Narcotics Agency) and US DEA: agreement on narcotics, Cairo, 2025-10-30", assignment.Event!.Summary);
    }

    [Fact]
    public async Task Event_id_depends_only_on_the_first_report()
    {
        var report = Some.Report("id-1", "Libya and EU meet", Some.Classification(["eu"], ["meeting"], eventDate: SigningDay));
        var elsewhere = new EventGrouper(new InMemoryEventIndex(), _options, new ManualClock(Some.Day(2030, 1, 1)));

        var here = await _grouper.AssignAsync(report, default);
        var there = await elsewhere.AssignAsync(report, default);

        Assert.Equal(here.Event!.Id, there.Event!.Id);
    }

    [Fact]
    public async Task Lost_race_is_retried_on_fresh_candidates_without_losing_either_report()
    {
        var first = Some.Report("r-1", "EU and Libya hold border meeting", Some.Classification(["eu"], ["meeting"], eventDate: SigningDay));
        var created = (await _grouper.AssignAsync(first, default)).Event!;
        var rival = created with
        {
            Sources = [.. created.Sources, new EventSource("rival", null, null, "Rival report", null)],
            Version = created.Version + 1,
        };
        _index.BeforeNextSave = inner => inner.SaveAsync(rival, created.Version);

        var second = await _grouper.AssignAsync(Some.Report("r-2", "Libya, EU meet on borders", Some.Classification(["eu"], ["meeting"], eventDate: SigningDay)), default);

        Assert.Equal(EventAssignmentOutcome.Merged, second.Outcome);
        Assert.Equal(1, _index.ConcurrencyFailures);
        var stored = Assert.Single(_store.Snapshot());
        Assert.Equal(["r-1", "rival", "r-2"], stored.Sources.Select(s => s.ArticleId));
        Assert.Equal(3, stored.Version);
    }

    [Fact]
    public async Task Gives_up_with_a_concurrency_error_after_the_configured_retries()
    {
        _options.MaxConcurrencyRetries = 2;
        var first = Some.Report("g-1", "EU and Libya hold border meeting", Some.Classification(["eu"], ["meeting"], eventDate: SigningDay));
        await _grouper.AssignAsync(first, default);
        _index.BeforeEverySave = async (inner, next) =>
        {
            // Another writer always bumps the event between our read and our write.
            var current = _store.Find(next.Id)!;
            await inner.SaveAsync(current with { Version = current.Version + 1 }, current.Version);
        };

        var second = Some.Report("g-2", "Libya, EU meet on borders", Some.Classification(["eu"], ["meeting"], eventDate: SigningDay));

        await Assert.ThrowsAsync<EventConcurrencyException>(() => _grouper.AssignAsync(second, default));
        Assert.Equal(3, _index.ConcurrencyFailures);
    }

    [Fact]
    public async Task Same_report_delivered_twice_at_once_creates_one_event()
    {
        var report = Some.Report("dup-1", "Libya and UNODC open training centre", Some.Classification(["unodc"], ["training"], eventDate: SigningDay));
        _index.HoldLookupsUntil(2);

        var outcomes = await Task.WhenAll(
            Task.Run(() => _grouper.AssignAsync(report, default)),
            Task.Run(() => _grouper.AssignAsync(report, default)));

        Assert.Equal(
            [EventAssignmentOutcome.Created, EventAssignmentOutcome.AlreadyPresent],
            outcomes.Select(o => o.Outcome).Order());
        var stored = Assert.Single(_store.Snapshot());
        Assert.Single(stored.Sources);
        Assert.Equal(1, _index.ConcurrencyFailures);
    }

    private static string DisplayName(string id) => id switch
    {
        "libya" => "Libya",
        "ly-ana" => "Anti-Narcotics Agency",
        "us" => "United States",
        "us-dea" => "US DEA",
        _ => id,
    };
}
