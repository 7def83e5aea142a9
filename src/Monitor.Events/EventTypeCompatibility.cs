namespace Monitor.Events;

/// <summary>How likely two event types describe one event as worded by different outlets.</summary>
public static class EventTypeCompatibility
{
    // One outlet's "visit" is another's "meeting"; a statement of intent is sometimes how an agreement is first reported.
    private static readonly Dictionary<(string, string), double> Pairs = new()
    {
        [("visit", "meeting")] = 0.8,
        [("meeting", "conference")] = 0.6,
        [("visit", "conference")] = 0.4,
        [("agreement", "statement_intent")] = 0.4,
        [("agreement", "meeting")] = 0.3,
        [("training", "aid_equipment")] = 0.3,
        [("training", "conference")] = 0.3,
    };

    /// <summary>1 for the same type, the table's value for compatible types, 0 otherwise.</summary>
    public static double Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        return Pairs.TryGetValue((a, b), out var forward) ? forward
            : Pairs.TryGetValue((b, a), out var backward) ? backward
            : 0;
    }

    /// <summary>The best compatibility between any type of one set and any of the other; null when either set is empty.</summary>
    public static double? Best(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return null;
        }

        return a.SelectMany(x => b.Select(y => Of(x, y))).Max();
    }
}
