using Monitor.Feeds.Polling;

namespace Monitor.Feeds.Tests.Polling;

public class FeedScheduleTests
{
    private static readonly DateTimeOffset _now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly FeedSubscription _feed = FeedSubscription.Create(new Uri("https://a.example/feed"), null, _now);

    [Fact]
    public void New_Feed_Is_Due_At_Once() => Assert.True(FeedSchedule.IsDue(_feed, _now));

    [Fact]
    public void Feed_Is_Not_Due_Before_Its_Next_Poll() =>
        Assert.False(FeedSchedule.IsDue(_feed with { NextPollAt = _now.AddMinutes(1) }, _now));

    [Fact]
    public void Disabled_Feed_Is_Never_Due() => Assert.False(FeedSchedule.IsDue(_feed with { Enabled = false }, _now.AddYears(1)));

    [Theory]
    [InlineData(0, 15)]
    [InlineData(1, 30)]
    [InlineData(3, 120)]
    [InlineData(7, 1440)]
    [InlineData(1000, 1440)]
    public void Backoff_Doubles_Per_Failure_Up_To_The_Cap(int failures, int expectedMinutes)
    {
        var options = new FeedPollingOptions { BackoffJitter = 0.1 };

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), FeedSchedule.Backoff(failures, options, random: 0));
        Assert.Equal(expectedMinutes * 1.1, FeedSchedule.Backoff(failures, options, random: 1).TotalMinutes, precision: 6);
    }
}
