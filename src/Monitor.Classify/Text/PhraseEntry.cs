namespace Monitor.Classify.Text;

/// <summary>What a lexicon phrase stands for.</summary>
internal enum EntryKind : byte
{
    Partner,
    Demonym,
    Actor,
    GenericActor,
    City,
    Place,
    Domain,
    DomainBlocker,
    EventCue,
    Cooperation,
    Opinion,
    OpinionTitle,
    Future,
    Prospective,
    Background,
    BackgroundOpener,
    Negation,
    Security,
    SecurityBlocker,
    InstitutionNoun,
    AffiliationTitle,
    PlacePreposition,
    AttributiveNoun,
    PeopleNoun,
    Reception,
    Topic,
    Framework,
    Source,
    NonParticipation,
    Comment,
    BodyNoun,
    NetworkNoun,
    GeographyNoun,
    GeographyBodyNoun,
}

/// <summary>How the letter case of the text must agree with the phrase.</summary>
internal enum CaseRule : byte
{
    /// <summary>Lower-case phrase: any case matches.</summary>
    Any,
    /// <summary>Capitalised phrase (a name): the first word must start with a capital.</summary>
    Capitalized,
    /// <summary>All-capitals phrase (an acronym such as US, EU, IOM): every word must be in capitals.</summary>
    AllCaps,
}

/// <summary>One compiled phrase: its meaning, weight and case rule.</summary>
internal sealed class PhraseEntry
{
    public required EntryKind Kind { get; init; }

    /// <summary>Canonical id (partner, actor, domain, event type) or the country of a city or place.</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public double Weight { get; init; } = 1.0;

    public CaseRule Case { get; init; }

    public int Length { get; init; }

    /// <summary>For places: a capital often used for its government ("Washington said").</summary>
    public bool Metonym { get; init; }

    /// <summary>For cities and actors: the country they belong to.</summary>
    public string? Country { get; init; }
}

/// <summary>A phrase found in the text, as a token range.</summary>
internal readonly record struct PhraseMatch(int First, int End, PhraseEntry Entry)
{
    public int Length => End - First;
}
