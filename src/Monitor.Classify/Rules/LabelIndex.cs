namespace Monitor.Classify.Rules;

/// <summary>Dense indexes for event types and domains, so per-sentence scores are small arrays.</summary>
internal sealed class LabelIndex
{
    private readonly Dictionary<string, int> _eventTypes;
    private readonly Dictionary<string, int> _domains;

    public LabelIndex(Taxonomy taxonomy)
    {
        EventTypes = taxonomy.EventTypes.ToArray();
        Domains = taxonomy.Domains.ToArray();
        _eventTypes = EventTypes.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _domains = Domains.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        Agreement = _eventTypes.GetValueOrDefault("agreement", -1);
        StatementIntent = _eventTypes.GetValueOrDefault("statement_intent", -1);
        Meeting = _eventTypes.GetValueOrDefault("meeting", -1);
        Visit = _eventTypes.GetValueOrDefault("visit", -1);
        Conference = _eventTypes.GetValueOrDefault("conference", -1);
    }

    public IReadOnlyList<EventTypeInfo> EventTypes { get; }

    public IReadOnlyList<string> Domains { get; }

    public int Agreement { get; }

    public int StatementIntent { get; }

    public int Meeting { get; }

    public int Visit { get; }

    public int Conference { get; }

    public int EventTypeIndex(string id) => _eventTypes[id];

    public int DomainIndex(string id) => _domains[id];

    /// <summary>The domain's index, or -1 when the taxonomy has no such domain.</summary>
    public int DomainIndexOrNone(string id) => _domains.GetValueOrDefault(id, -1);
}
