using Monitor.Events.Tests.Support;

namespace Monitor.Events.Tests.Grouping;

public sealed class EventMatcherTests
{
    private static readonly DateOnly Day = new(2025, 5, 10);
    private static readonly DateTimeOffset Now = Some.Day(2025, 5, 20);
    private readonly EventMatcher _matcher = new(new EventGroupingOptions());

    [Fact]
    public void Visit_and_meeting_reports_of_one_day_match()
    {
        var visit = Signature("EMCDDA hosts Libyan delegation", Some.Classification(["euda"], ["visit"], eventDate: Day));
        var meeting = Signature("Libyan drug agency meets EMCDDA director", Some.Classification(["euda"], ["meeting"], eventDate: Day));

        var similarity = _matcher.Compare(visit, meeting);

        Assert.Null(similarity.VetoReason);
        Assert.True(similarity.Score >= new EventGroupingOptions().MergeThreshold, $"score {similarity.Score}");
    }

    [Fact]
    public void Agreement_is_only_weakly_compatible_with_a_statement_of_intent()
    {
        Assert.Equal(1, EventTypeCompatibility.Of("agreement", "agreement"));
        Assert.InRange(EventTypeCompatibility.Of("statement_intent", "agreement"), 0.1, 0.5);
        Assert.Equal(0, EventTypeCompatibility.Of("training", "joint_operation"));
    }

    [Fact]
    public void Reports_without_a_shared_partner_never_match()
    {
        var italy = Signature("Libya and Italy sign agreement", Some.Classification(["italy"], ["agreement"], eventDate: Day));
        var malta = Signature("Libya and Malta sign agreement", Some.Classification(["malta"], ["agreement"], eventDate: Day));

        var similarity = _matcher.Compare(italy, malta);

        Assert.Equal(0, similarity.Score);
        Assert.Equal("no shared partner", similarity.VetoReason);
    }

    [Theory]
    [InlineData(3, false, true)]
    [InlineData(4, false, false)]
    [InlineData(10, true, true)]
    [InlineData(11, true, false)]
    public void Dates_must_fall_within_the_window_for_how_they_were_found(int daysApart, bool inferred, bool withinWindow)
    {
        var first = Signature("A", Some.Classification(["eu"], ["agreement"], eventDate: Day));
        var second = Signature(
            "B",
            Some.Classification(["eu"], ["agreement"], eventDate: inferred ? null : Day.AddDays(daysApart)),
            published: Day.AddDays(daysApart).ToDateTime(TimeOnly.MinValue));

        var similarity = _matcher.Compare(first, second);

        Assert.Equal(withinWindow, similarity.VetoReason is null);
    }

    [Fact]
    public void Shared_people_and_place_raise_the_score()
    {
        var bare = Signature("Meeting on borders", Some.Classification(["eu"], ["meeting"], eventDate: Day));
        var rich = Signature("Meeting on borders", Some.Classification(["eu"], ["meeting"], eventDate: Day, place: "Tripoli", people: ["ahmed salem"]));
        var richToo = Signature("Meeting on borders", Some.Classification(["eu"], ["meeting"], eventDate: Day, place: "TRIPOLI", people: ["ahmed salem"]));

        Assert.True(_matcher.Compare(rich, richToo).Score > _matcher.Compare(bare, richToo).Score);
    }

    private static EventSignature Signature(string title, Monitor.Classify.Classification classification, DateTime? published = null) =>
        EventSignature.FromReport(
            Some.Report("x", title, classification, published is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : null),
            PartnerHierarchy.ParentByConvention,
            Now,
            new EventGroupingOptions());
}
