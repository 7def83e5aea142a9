namespace Monitor.Events;

/// <summary>The matcher's verdict with its parts, so a surprising merge (or split) can be explained.</summary>
public sealed record EventSimilarity(
    double Score,
    double Partners,
    double Date,
    double Type,
    double Title,
    double People,
    double Place,
    double Domains,
    string? VetoReason)
{
    public static EventSimilarity Vetoed(string reason) => new(0, 0, 0, 0, 0, 0, 0, 0, reason);
}
