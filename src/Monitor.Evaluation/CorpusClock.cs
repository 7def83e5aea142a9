namespace Monitor.Evaluation;

/// <summary>
/// The time "as if the articles arrived in file order": the latest publication date seen so far. Grouping stamps events
/// with it and falls back to it for an article with no date at all, so eval results do not depend on the day it runs.
/// </summary>
internal sealed class CorpusClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void AdvanceTo(DateTimeOffset? moment)
    {
        if (moment is { } value && value > _now)
        {
            _now = value;
        }
    }
}
