using Monitor.Classify.Text;

namespace Monitor.Classify;

/// <summary>Checks a taxonomy document and compiles all its phrases into one trie.</summary>
internal static class TaxonomyCompiler
{
    public static void Validate(TaxonomyDocument document)
    {
        var partnerIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var partner in document.Partners)
        {
            if (string.IsNullOrWhiteSpace(partner.Id) || !partnerIds.Add(partner.Id))
            {
                throw new TaxonomyException($"Partner id '{partner.Id}' is empty or duplicated.");
            }
        }

        foreach (var partner in document.Partners.Where(p => p.Parent is not null))
        {
            if (!partnerIds.Contains(partner.Parent!))
            {
                throw new TaxonomyException($"Partner '{partner.Id}' names unknown parent '{partner.Parent}'.");
            }
        }

        var domainIds = document.Domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var partner in document.Partners)
        {
            if (partner.Domains.Find(d => !domainIds.Contains(d)) is { } unknown)
            {
                throw new TaxonomyException($"Partner '{partner.Id}' names unknown domain '{unknown}'.");
            }
        }

        var watched = document.WatchedCountries.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        if (!watched.Contains(document.DefaultWatchedCountry))
        {
            throw new TaxonomyException($"Default watched country '{document.DefaultWatchedCountry}' is not among the watched countries.");
        }

        foreach (var country in document.WatchedCountries)
        {
            if (!partnerIds.Contains(country.Id))
            {
                throw new TaxonomyException($"Watched country '{country.Id}' needs a partner entry with its names.");
            }
        }

        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in document.WatchedCountries.SelectMany(w => w.Actors))
        {
            if (string.IsNullOrWhiteSpace(actor.Id) || !actorIds.Add(actor.Id))
            {
                throw new TaxonomyException($"Actor id '{actor.Id}' is empty or duplicated.");
            }
        }

        if (document.EventTypes.Count == 0 || document.Domains.Count == 0)
        {
            throw new TaxonomyException("Taxonomy needs event types and domains.");
        }
    }

    public static PhraseTrie BuildTrie(TaxonomyDocument document)
    {
        var trie = new PhraseTrie();
        foreach (var partner in document.Partners)
        {
            trie.Add(partner.Name, EntryKind.Partner, partner.Id);
            foreach (var alias in partner.Aliases)
            {
                trie.Add(alias, EntryKind.Partner, partner.Id);
            }

            foreach (var demonym in partner.Demonyms)
            {
                trie.Add(demonym, EntryKind.Demonym, partner.Id);
            }
        }

        foreach (var country in document.WatchedCountries)
        {
            foreach (var city in country.Cities)
            {
                trie.Add(city, EntryKind.City, country.Id, e => With(e, country.Id, metonym: false));
            }

            foreach (var actor in country.Actors)
            {
                trie.Add(actor.Name, actor.GenericAliases.Contains(actor.Name) ? EntryKind.GenericActor : EntryKind.Actor, actor.Id, e => With(e, country.Id, false));
                foreach (var alias in actor.Aliases)
                {
                    trie.Add(alias, EntryKind.Actor, actor.Id, e => With(e, country.Id, false));
                }

                foreach (var alias in actor.GenericAliases)
                {
                    trie.Add(alias, EntryKind.GenericActor, actor.Id, e => With(e, country.Id, false));
                }
            }
        }

        foreach (var place in document.Places)
        {
            trie.Add(place.Name, EntryKind.Place, place.Country, e => With(e, place.Country, place.Metonym));
            foreach (var alias in place.Aliases)
            {
                trie.Add(alias, EntryKind.Place, place.Country, e => With(e, place.Country, place.Metonym));
            }
        }

        foreach (var domain in document.Domains)
        {
            foreach (var term in domain.Terms)
            {
                trie.Add(term, EntryKind.Domain, domain.Id);
            }
        }

        AddAll(trie, document.DomainBlockers, EntryKind.DomainBlocker);
        foreach (var eventType in document.EventTypes)
        {
            foreach (var cue in eventType.Cues)
            {
                trie.Add(cue, EntryKind.EventCue, eventType.Id);
            }
        }

        var cues = document.Cues;
        AddAll(trie, cues.Cooperation, EntryKind.Cooperation);
        AddAll(trie, cues.Opinion, EntryKind.Opinion);
        AddAll(trie, cues.OpinionTitle, EntryKind.OpinionTitle);
        AddAll(trie, cues.Future, EntryKind.Future);
        AddAll(trie, cues.Prospective, EntryKind.Prospective);
        AddAll(trie, cues.Background, EntryKind.Background);
        AddAll(trie, cues.BackgroundOpeners, EntryKind.BackgroundOpener);
        AddAll(trie, cues.Negation, EntryKind.Negation);
        AddAll(trie, cues.Security, EntryKind.Security);
        AddAll(trie, cues.SecurityBlockers, EntryKind.SecurityBlocker);
        AddAll(trie, cues.InstitutionNouns, EntryKind.InstitutionNoun);
        AddAll(trie, cues.AffiliationTitles, EntryKind.AffiliationTitle);
        AddAll(trie, cues.PlacePrepositions, EntryKind.PlacePreposition);
        AddAll(trie, cues.AttributiveNouns, EntryKind.AttributiveNoun);
        AddAll(trie, cues.PeopleNouns, EntryKind.PeopleNoun);
        AddAll(trie, cues.Reception, EntryKind.Reception);
        AddAll(trie, cues.Topic, EntryKind.Topic);
        AddAll(trie, cues.Framework, EntryKind.Framework);
        AddAll(trie, cues.SourceMarkers, EntryKind.Source);
        AddAll(trie, cues.NonParticipation, EntryKind.NonParticipation);
        AddAll(trie, cues.CommentVerbs, EntryKind.Comment);
        AddAll(trie, cues.BodyNouns, EntryKind.BodyNoun);
        AddAll(trie, cues.NetworkNouns, EntryKind.NetworkNoun);
        AddAll(trie, cues.FigureVerbs, EntryKind.Comment);
        AddAll(trie, cues.GeographyNouns, EntryKind.GeographyNoun);
        AddAll(trie, cues.GeographyBodyNouns, EntryKind.GeographyBodyNoun);
        trie.Freeze();
        return trie;
    }

    private static void AddAll(PhraseTrie trie, IEnumerable<string> phrases, EntryKind kind)
    {
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, kind, kind.ToString());
        }
    }

    private static PhraseEntry With(PhraseEntry entry, string country, bool metonym) => new()
    {
        Kind = entry.Kind,
        Id = entry.Id,
        Text = entry.Text,
        Weight = entry.Weight,
        Case = entry.Case,
        Length = entry.Length,
        Country = country,
        Metonym = metonym,
    };
}
