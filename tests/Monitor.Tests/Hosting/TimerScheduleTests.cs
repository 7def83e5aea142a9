using Microsoft.Extensions.Configuration;
using Monitor.Hosting;
using Monitor.Hosting.Runner;

namespace Monitor.Tests.Hosting;

public sealed class TimerScheduleTests
{
    [Fact]
    public void Six_Field_Schedule_Is_Evaluated_In_Utc_With_Seconds()
    {
        var schedule = TimerSchedule.Parse("30 */15 * * * *");

        var next = schedule.Next(new DateTimeOffset(2025, 3, 1, 10, 0, 31, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 15, 30, TimeSpan.Zero), next);
    }

    [Fact]
    public void App_Setting_Reference_Is_Expanded_From_Configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PollSchedule"] = "0 0 6 * * *" }).Build();

        Assert.Equal("0 0 6 * * *", TimerSchedule.Parse("%PollSchedule%", configuration).Expression);
    }

    [Theory]
    [InlineData("%Unset%")]
    [InlineData("*/5 * * * *")]
    public void Unset_Setting_Or_Five_Field_Expression_Is_A_Configuration_Error(string schedule)
    {
        Assert.Throws<HostingConfigurationException>(() => TimerSchedule.Parse(schedule, new ConfigurationBuilder().Build()));
    }
}
