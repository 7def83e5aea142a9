namespace Monitor.Hosting;

/// <summary>The timer payload the host sends (<c>Data.timer</c>).</summary>
/// <param name="Status">Last and next occurrences; null when the host keeps no schedule status.</param>
/// <param name="IsPastDue">True when this run is later than scheduled (e.g. after a restart).</param>
public sealed record TimerInfo(TimerScheduleStatus? Status, bool IsPastDue);

public sealed record TimerScheduleStatus(DateTimeOffset? Last, DateTimeOffset? Next, DateTimeOffset? LastUpdated);
