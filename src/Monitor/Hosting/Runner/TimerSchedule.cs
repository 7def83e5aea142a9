using Cronos;

namespace Monitor.Hosting.Runner;

/// <summary>A six-field NCRONTAB schedule evaluated in UTC, as the host does on Linux plans.</summary>
public sealed class TimerSchedule
{
    private readonly CronExpression _expression;

    private TimerSchedule(string expression, CronExpression cron)
    {
        Expression = expression;
        _expression = cron;
    }

    public string Expression { get; }

    /// <summary>Parses a schedule, expanding <c>%AppSetting%</c> from configuration first.</summary>
    /// <exception cref="HostingConfigurationException">The setting is missing or the expression is invalid.</exception>
    public static TimerSchedule Parse(string schedule, IConfiguration? configuration = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schedule);
        var expression = schedule.Trim();
        if (expression.Length > 2 && expression[0] == '%' && expression[^1] == '%')
        {
            var setting = expression[1..^1];
            expression = configuration?[setting]
                ?? throw new HostingConfigurationException($"The schedule refers to app setting '{setting}', which is not set.");
        }

        try
        {
            return new TimerSchedule(expression, CronExpression.Parse(expression, CronFormat.IncludeSeconds));
        }
        catch (CronFormatException e)
        {
            throw new HostingConfigurationException($"'{expression}' is not a six-field NCRONTAB schedule: {e.Message}", e);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null if there is none.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => _expression.GetNextOccurrence(after, TimeZoneInfo.Utc);
}
