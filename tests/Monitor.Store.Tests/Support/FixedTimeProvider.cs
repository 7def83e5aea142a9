namespace Monitor.Store.Tests.Support;

/// <summary>A clock stopped at one moment.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
