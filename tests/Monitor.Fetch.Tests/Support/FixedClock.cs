namespace Monitor.Fetch.Tests.Support;

/// <summary>A clock stopped at one instant; timers still run on real time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
