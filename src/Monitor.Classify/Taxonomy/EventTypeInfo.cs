namespace Monitor.Classify;

/// <summary>An event type of the taxonomy with its CAMEO and PLOVER codes.</summary>
public sealed record EventTypeInfo(string Id, string Cameo, string CameoName, string Plover);

/// <summary>A partner of the gazetteer: a state, an international body or an agency.</summary>
public sealed record PartnerInfo(string Id, string Name, string Kind, string? Parent, bool ImpliesParent)
{
    /// <summary>The domains a specialised body works on; empty for states and general bodies.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];
}

/// <summary>An institution of a watched country.</summary>
public sealed record ActorInfo(string Id, string Name, string Country);
