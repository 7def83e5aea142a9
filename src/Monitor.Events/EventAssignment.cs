namespace Monitor.Events;

public enum EventAssignmentOutcome
{
    /// <summary>No stored event matched: the report started a new one.</summary>
    Created,
    /// <summary>The report joined an existing event, which got a new version.</summary>
    Merged,
    /// <summary>The report was already a source of an event (a repeated delivery); nothing changed.</summary>
    AlreadyPresent,
    /// <summary>The report does not form an event: not relevant, opinion, or no partner named.</summary>
    Skipped,
}

/// <summary>Where a report went. <see cref="Event"/> is null only when <see cref="Outcome"/> is Skipped.</summary>
public sealed record EventAssignment(CooperationEvent? Event, EventAssignmentOutcome Outcome)
{
    /// <summary>How the report compared with the event it joined; null unless Merged.</summary>
    public EventSimilarity? Similarity { get; init; }

    /// <summary>Why a report was skipped, for logs and eval diagnostics.</summary>
    public string? Reason { get; init; }

    public static EventAssignment Skipped(string reason) => new(null, EventAssignmentOutcome.Skipped) { Reason = reason };
}
