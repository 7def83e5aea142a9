using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Monitor.Classify.Text;

namespace Monitor.Classify;

/// <summary>
/// The classifier's knowledge as data: watched countries with their cities and institutions, the partner gazetteer,
/// domain lexicons, event-type cues with CAMEO/PLOVER codes, and the cue lists the rules use. Immutable and thread-safe;
/// all phrases are compiled once into one word trie.
/// </summary>
public sealed class Taxonomy
{
    private const string ResourceName = "Monitor.Classify.taxonomy.json";

    private static readonly Lazy<Taxonomy> s_default = new(() =>
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new TaxonomyException($"Embedded taxonomy '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    });

    private static readonly JsonSerializerOptions s_jsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, PartnerInfo> _partners;
    private readonly Dictionary<string, ActorInfo> _actors;
    private readonly Dictionary<string, EventTypeInfo> _eventTypes;
    private readonly HashSet<string> _watchedCountries;

    private Taxonomy(TaxonomyDocument document, string version)
    {
        Version = version;
        DefaultWatchedCountry = document.DefaultWatchedCountry;
        _partners = document.Partners.ToDictionary(
            p => p.Id, p => new PartnerInfo(p.Id, p.Name, p.Kind, p.Parent, p.ImpliesParent) { Domains = p.Domains.ToArray() }, StringComparer.Ordinal);
        _actors = new Dictionary<string, ActorInfo>(StringComparer.Ordinal);
        foreach (var country in document.WatchedCountries)
        {
            foreach (var actor in country.Actors)
            {
                _actors[actor.Id] = new ActorInfo(actor.Id, actor.Name, country.Id);
            }
        }

        _eventTypes = document.EventTypes.ToDictionary(
            e => e.Id, e => new EventTypeInfo(e.Id, e.Cameo, e.CameoName, e.Plover), StringComparer.Ordinal);
        _watchedCountries = new HashSet<string>(document.WatchedCountries.Select(w => w.Id), StringComparer.Ordinal);
        Domains = document.Domains.Select(d => d.Id).ToArray();
        PersonTitles = document.PersonTitles.ToArray();
        FurniturePrefixes = document.Cues.Furniture.Where(f => f.Length > 0).ToArray();
        ClosingHeaders = document.Cues.ClosingHeaders.Where(f => f.Length > 0).ToArray();
        BackgroundHeaders = document.Cues.BackgroundHeaders.Where(f => f.Length > 0).ToArray();
        GenreLabels = new HashSet<string>(document.Cues.GenreLabels.Select(g => new string(TextFolding.Fold(g.Trim()))), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // Keyed as the tokenizer keys words (folded, Arabic clitics removed), so a token's key looks them up directly.
        Visitors = FirstWords(document.Cues.Visitors);
        ResidentOfficials = FirstWords(document.Cues.ResidentOfficials);
        Umbrellas = document.Partners.Where(p => p.Umbrella).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Trie = TaxonomyCompiler.BuildTrie(document);
    }

    /// <summary>Version of the data plus a hash of its content; reclassification compares it.</summary>
    public string Version { get; }

    public string DefaultWatchedCountry { get; }

    public IReadOnlyCollection<string> WatchedCountries => _watchedCountries;

    public IReadOnlyCollection<PartnerInfo> Partners => _partners.Values;

    public IReadOnlyCollection<EventTypeInfo> EventTypes => _eventTypes.Values;

    public IReadOnlyList<string> Domains { get; }

    internal IReadOnlyList<string> PersonTitles { get; }

    /// <summary>How lines of page furniture begin ("Related:", "Read more"): teasers of other stories, not this one.</summary>
    internal IReadOnlyList<string> FurniturePrefixes { get; }

    /// <summary>How a press release's closing boilerplate begins (<see cref="CueLists.ClosingHeaders"/>).</summary>
    internal IReadOnlyList<string> ClosingHeaders { get; }

    /// <summary>Headings of a background section (<see cref="CueLists.BackgroundHeaders"/>).</summary>
    internal IReadOnlyList<string> BackgroundHeaders { get; }

    /// <summary>Folded genre labels of commentary ("comment", "analysis", "editorial").</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenreLabels { get; }

    internal PhraseTrie Trie { get; }

    /// <summary>Folded words for travelling officials (<see cref="CueLists.Visitors"/>).</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Visitors { get; }

    /// <summary>Folded words for officials posted in the country (<see cref="CueLists.ResidentOfficials"/>).</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ResidentOfficials { get; }

    /// <summary>Partners whose member bodies are the actual parties (<see cref="PartnerDefinition.Umbrella"/>).</summary>
    internal IReadOnlySet<string> Umbrellas { get; }

    /// <summary>The taxonomy shipped with the app (embedded resource), parsed once.</summary>
    public static Taxonomy LoadDefault() => s_default.Value;

    /// <summary>An override taxonomy file.</summary>
    public static Taxonomy Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (IOException ex)
        {
            throw new TaxonomyException($"Cannot read taxonomy file '{path}'.", ex);
        }
    }

    public static Taxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TaxonomyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<TaxonomyDocument>(json, s_jsonOptions);
        }
        catch (JsonException ex)
        {
            throw new TaxonomyException($"Taxonomy is not valid JSON: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new TaxonomyException("Taxonomy is empty.");
        }

        TaxonomyCompiler.Validate(document);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        return new Taxonomy(document, $"{document.Version}+{hash}");
    }

    /// <summary>Any alias, acronym, former name, spelling or demonym of a partner -> canonical id; null when unknown.</summary>
    public string? ResolvePartner(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (_partners.ContainsKey(trimmed))
        {
            return trimmed;
        }

        string? demonym = null;
        string? metonym = null;
        foreach (var entry in Trie.Lookup(trimmed))
        {
            switch (entry.Kind)
            {
                case EntryKind.Partner:
                    return entry.Id;
                case EntryKind.Demonym:
                    demonym ??= entry.Id;
                    break;
                case EntryKind.Place when entry.Metonym:
                    metonym ??= entry.Id;
                    break;
            }
        }

        return demonym ?? metonym ?? _partners.Values.FirstOrDefault(
            p => string.Equals(p.Name, trimmed, StringComparison.OrdinalIgnoreCase))?.Id ?? StateOfInstitution(trimmed);
    }

    /// <summary>
    /// "Russian Ministry of Defence", "UK ambassador", "Italian Interior Ministry", "Embassy of France": a national
    /// institution acts for its state, so the name resolves to the state (or organisation) it names first.
    /// </summary>
    private string? StateOfInstitution(string name)
    {
        var folded = TextFolding.Fold(name);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(name, folded, tokens);
        var matches = new List<PhraseMatch>();
        Trie.Match(tokens, folded, matches);
        string? owner = null;
        var institution = false;
        foreach (var match in matches)
        {
            switch (match.Entry.Kind)
            {
                case EntryKind.Partner or EntryKind.Demonym:
                    owner ??= match.Entry.Id; // the owner comes first: "UK ambassador to Libya", "Embassy of France in Libya"
                    break;
                case EntryKind.InstitutionNoun or EntryKind.GenericActor:
                    institution = true;
                    break;
            }
        }

        return institution ? owner : null;
    }

    /// <summary>A watched country's institution by alias -> canonical id (the default watched country wins ties); null when unknown.</summary>
    public string? ResolveActor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (_actors.ContainsKey(trimmed))
        {
            return trimmed;
        }

        string? fallback = null;
        foreach (var entry in Trie.Lookup(trimmed))
        {
            if (entry.Kind is not (EntryKind.Actor or EntryKind.GenericActor))
            {
                continue;
            }

            if (entry.Country == DefaultWatchedCountry)
            {
                return entry.Id;
            }

            fallback ??= entry.Id;
        }

        return fallback ?? _actors.Values
            .Where(a => string.Equals(a.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Country == DefaultWatchedCountry ? 0 : 1)
            .FirstOrDefault()?.Id;
    }

    /// <summary>Human name for a partner, actor, event type or domain id; the id itself when unknown.</summary>
    public string DisplayName(string canonicalId)
    {
        ArgumentNullException.ThrowIfNull(canonicalId);
        if (_partners.TryGetValue(canonicalId, out var partner))
        {
            return partner.Name;
        }

        return _actors.TryGetValue(canonicalId, out var actor) ? actor.Name : canonicalId;
    }

    /// <summary>The parent of a partner ("us-dea" -> "us", "frontex" -> "eu"), or of an actor (its country).</summary>
    public string? ParentOf(string canonicalId)
    {
        ArgumentNullException.ThrowIfNull(canonicalId);
        if (_partners.TryGetValue(canonicalId, out var partner))
        {
            return partner.Parent;
        }

        return _actors.TryGetValue(canonicalId, out var actor) ? actor.Country : null;
    }

    public PartnerInfo? Partner(string id) => _partners.GetValueOrDefault(id);

    public ActorInfo? Actor(string id) => _actors.GetValueOrDefault(id);

    public EventTypeInfo? EventType(string id) => _eventTypes.GetValueOrDefault(id);

    public bool IsWatchedCountry(string id) => _watchedCountries.Contains(id);

    /// <summary>The folded first word of each phrase: single-word cue lists are looked up token by token.</summary>
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords(IEnumerable<string> phrases) =>
        new HashSet<string>(phrases.SelectMany(v => Tokenizer.KeysOf(v.Trim()).Exact.Take(1)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
