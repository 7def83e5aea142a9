namespace Monitor.Evaluation;

/// <summary>The fixed label vocabularies of the eval format; macro averages run over these.</summary>
public static class Vocabulary
{
    public static IReadOnlySet<string> EventTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "agreement", "visit", "meeting", "training", "joint_operation", "aid_equipment", "conference", "statement_intent",
    };

    public static IReadOnlySet<string> Domains { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "narcotics", "human_trafficking", "migrant_smuggling", "border_security", "organized_crime", "terrorism",
        "cybercrime", "maritime_security", "money_laundering",
    };
}
