namespace Monitor.Classify;

/// <summary>The JSON shape of taxonomy.json. Plain data: adding an actor, alias or cue needs no code change.</summary>
internal sealed class TaxonomyDocument
{
    public string Version { get; set; } = "0";
    public string DefaultWatchedCountry { get; set; } = "libya";
    public List<EventTypeDefinition> EventTypes { get; set; } = [];
    public List<DomainDefinition> Domains { get; set; } = [];
    public List<string> DomainBlockers { get; set; } = [];
    public CueLists Cues { get; set; } = new();
    public List<string> PersonTitles { get; set; } = [];
    public List<PartnerDefinition> Partners { get; set; } = [];
    public List<WatchedCountryDefinition> WatchedCountries { get; set; } = [];
    public List<PlaceDefinition> Places { get; set; } = [];
}

internal sealed class EventTypeDefinition
{
    public string Id { get; set; } = "";
    public string Cameo { get; set; } = "";
    public string CameoName { get; set; } = "";
    public string Plover { get; set; } = "";
    public List<string> Cues { get; set; } = [];
}

internal sealed class DomainDefinition
{
    public string Id { get; set; } = "";
    public List<string> Terms { get; set; } = [];
}

internal sealed class CueLists
{
    public List<string> Cooperation { get; set; } = [];
    public List<string> Opinion { get; set; } = [];
    public List<string> OpinionTitle { get; set; } = [];

    /// <summary>Labels outlets put on commentary ("Comment:", "ANALYSIS" on its own line).</summary>
    public List<string> GenreLabels { get; set; } = [];
    public List<string> Future { get; set; } = [];
    public List<string> Prospective { get; set; } = [];
    public List<string> Background { get; set; } = [];

    /// <summary>
    /// Time phrases that make a sentence background only when they open it ("Last week, the minister met..."); inside a
    /// sentence they may date the event itself ("a course organised last week by UNODC").
    /// </summary>
    public List<string> BackgroundOpeners { get; set; } = [];
    public List<string> Negation { get; set; } = [];

    /// <summary>Line beginnings of page furniture ("Related:", "Read more"), compared case-insensitively.</summary>
    public List<string> Furniture { get; set; } = [];

    /// <summary>
    /// How the closing boilerplate of a press release begins ("About UNODC", "Notes to editors", "À propos de"): that
    /// short line and everything after it describe the body, not the event.
    /// </summary>
    public List<string> ClosingHeaders { get; set; } = [];

    /// <summary>Section headings whose section tells earlier events ("Background", "Contexte"): background to the end.</summary>
    public List<string> BackgroundHeaders { get; set; } = [];
    public List<string> Security { get; set; } = [];
    public List<string> SecurityBlockers { get; set; } = [];
    public List<string> InstitutionNouns { get; set; } = [];
    public List<string> AffiliationTitles { get; set; } = [];
    public List<string> PlacePrepositions { get; set; } = [];

    /// <summary>Nouns a partner's name can qualify without the partner taking part ("UN arms embargo", "EU figures").</summary>
    public List<string> AttributiveNouns { get; set; } = [];

    /// <summary>People whose origin a country names ("migrants from Niger", "young men from Sudan").</summary>
    public List<string> PeopleNouns { get; set; } = [];

    /// <summary>Verbs of receiving someone ("received", "a reçu", "استقبل"): with an official after them, a meeting.</summary>
    public List<string> Reception { get; set; } = [];

    /// <summary>
    /// Single words for officials who travel to meet ("minister", "delegation", "وفد"): received by a host, they make a
    /// visit as well as talks. An ambassador, who is posted there, does not.
    /// </summary>
    public List<string> Visitors { get; set; } = [];

    /// <summary>Officials posted in the country ("ambassador", "السفير"): talks with them are no visit.</summary>
    public List<string> ResidentOfficials { get; set; } = [];

    /// <summary>Words that introduce what was discussed ("discussed", "focused on"): later cues are the talks' subject.</summary>
    public List<string> Topic { get; set; } = [];

    /// <summary>
    /// Words that cite an existing framework ("within the framework of", "under the", "dans le cadre de", "في إطار"): an
    /// agreement named right after them is the basis of the event, not an agreement signed in it.
    /// </summary>
    public List<string> Framework { get; set; } = [];

    /// <summary>Words that cite a source ("according to", "selon", "secondo i dati"): a body named right after supplied figures, not a part.</summary>
    public List<string> SourceMarkers { get; set; } = [];

    /// <summary>Predicates that deny a body took part ("was not involved", "was not represented"): their subject is no party.</summary>
    public List<string> NonParticipation { get; set; } = [];

    /// <summary>Verbs of commenting on someone else's act ("urged", "criticised", "welcomed the deal"): their subject is no party.</summary>
    public List<string> CommentVerbs { get; set; } = [];

    /// <summary>Nouns after an umbrella body that name one of its members ("the UN office", "the EU agency").</summary>
    public List<string> BodyNouns { get; set; } = [];

    /// <summary>Names of criminal organisations ("network", "cartel", "gang"): behind a drug case they make it organised crime.</summary>
    public List<string> NetworkNouns { get; set; } = [];

    /// <summary>
    /// Verbs of counting or estimating ("counted", "recorded", "estimates"): their subject supplied figures, it is no party.
    /// </summary>
    public List<string> FigureVerbs { get; set; } = [];

    /// <summary>
    /// A country's ground, frontier or sea area ("border", "search and rescue zone", "side of the border"): the country
    /// before it ("Malta's search and rescue zone", "the Libya-Niger frontier") is geography, not a party.
    /// </summary>
    public List<string> GeographyNouns { get; set; } = [];

    /// <summary>Words after a geography noun that make it name a body ("border committee", "border guards"): a party again.</summary>
    public List<string> GeographyBodyNouns { get; set; } = [];
}

internal sealed class PartnerDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "state";
    public string? Parent { get; set; }
    public bool ImpliesParent { get; set; }

    /// <summary>
    /// An umbrella whose member bodies are the actual parties: "the UN office said" after "UNODC" names UNODC again. Not
    /// the EU, whose agencies and missions analysts report together with the Union itself.
    /// </summary>
    public bool Umbrella { get; set; }

    /// <summary>
    /// The subjects a specialised body works on and nothing else (the EUDA: narcotics; Frontex: border security). Naming
    /// it in the event's sentences hints at the subject, as an institution's name does; general bodies list none.
    /// </summary>
    public List<string> Domains { get; set; } = [];
    public List<string> Aliases { get; set; } = [];
    public List<string> Demonyms { get; set; } = [];
}

internal sealed class WatchedCountryDefinition
{
    public string Id { get; set; } = "";
    public List<string> Cities { get; set; } = [];
    public List<ActorDefinition> Actors { get; set; } = [];
}

internal sealed class ActorDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];

    /// <summary>Names any country's institution could carry ("Ministry of Interior"): they count only next to the country's name.</summary>
    public List<string> GenericAliases { get; set; } = [];
}

internal sealed class PlaceDefinition
{
    public string Name { get; set; } = "";
    public string Country { get; set; } = "";
    public bool Metonym { get; set; }
    public List<string> Aliases { get; set; } = [];
}
