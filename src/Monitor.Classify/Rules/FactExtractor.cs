using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>Turns the phrase matches of an article into per-sentence facts for one watched country.</summary>
internal sealed partial class FactExtractor(Taxonomy taxonomy, LabelIndex labels)
{
    [Flags]
    private enum Mark : uint
    {
        None = 0,
        InstitutionStart = 1,
        PlacePreposition = 2,
        AffiliationEnd = 4,
        Entity = 8,
        PlaceName = 16,
        /// <summary>A demonym of another country than the watched one: "Italian", "italiano".</summary>
        ForeignDemonym = 32,
        AttributiveStart = 64,
        PeopleEnd = 128,
        InstitutionEnd = 256,
        Cue = 512,
        ActorEnd = 1024,
        Equipment = 2048,
        /// <summary>Last word of a source citation: "according to", "selon".</summary>
        Source = 4096,
        /// <summary>First word of a denial of taking part: "was not involved".</summary>
        NonParticipation = 8192,
        /// <summary>First word of a comment verb: "urged", "criticised".</summary>
        Comment = 16384,
        /// <summary>First word of a member-body noun: "office", "agency".</summary>
        BodyNoun = 32768,
        /// <summary>A name or demonym of the watched country.</summary>
        Watched = 65536,
        /// <summary>Part of a state's own name ("Germany"), which a demonym entry may also match through stemming.</summary>
        StateName = 1 << 17,
        /// <summary>First word of a geography noun: "border", "search and rescue zone".</summary>
        GeographyStart = 1 << 18,
        /// <summary>Last word of a geography noun.</summary>
        GeographyEnd = 1 << 19,
        /// <summary>A word that turns a geography noun into a body: "border committee", "border guards".</summary>
        GeographyBody = 1 << 20,
        /// <summary>Part of the dateline that opens the story: "Tunis (Tunisia), 28 February 2025 -".</summary>
        Dateline = 1 << 21,
        /// <summary>First word of an event's or a cooperation's own noun or verb: "course", "patrols", "support".</summary>
        EventWord = 1 << 22,
    }

    private const double ActorNameFactor = 0.5;

    /// <summary>What a specialised partner's name says of the subject: a hint, like an institution's name.</summary>
    private const double SpecialismWeight = 0.5;

    /// <summary>The event type whose cues name delivered things ("patrol boats", "motovedette").</summary>
    private const string AidEquipmentId = "aid_equipment";

    /// <summary>Cooperation words that name a thing rather than an act: a partner next to them is not shown acting.</summary>
    /// <summary>The migrant-smuggling domain, whose bare smuggling words need people named to count.</summary>
    internal const string MigrantSmugglingId = "migrant_smuggling";

    /// <summary>
    /// Smuggling words that do not say what is smuggled: drugs, fuel, arms, cigarettes and money are smuggled as often
    /// as people ("smugglers conceal cocaine", "smuggling networks' proceeds").
    /// </summary>
    private static readonly HashSet<string> s_bareSmuggling = new(StringComparer.OrdinalIgnoreCase)
    {
        "smugglers", "smuggling", "smuggling networks", "smuggling gangs", "trafficanti", "المهربين",
    };

    /// <summary>People who can be what smugglers carry ("140 people", "passengers"), unlike suspects or fighters.</summary>
    private static readonly HashSet<string> s_carriedPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "passengers", "survivors", "women", "children", "families", "migrants", "migrant", "refugees", "asylum seekers",
        "migranti", "rifugiati", "réfugiés", "مهاجرين", "المهاجرين", "اللاجئين",
    };

    private static readonly HashSet<string> s_genericCooperation = new(StringComparer.OrdinalIgnoreCase)
    {
        "project", "programme", "program", "initiative", "agenda", "relations", "partners",
    };

    private const double TopicContentFactor = 0.3;

    /// <summary>What an agreement cited as the framework of the event, and its name, still weigh ("within the framework of").</summary>
    private const double FrameworkFactor = 0.2;

    /// <summary>
    /// How many words of the agreement's name may stand between the framework phrase and its cue ("under the 2019
    /// security and military cooperation memorandum").
    /// </summary>
    private const int FrameworkReach = 6;
    private const int ReceptionReach = 5;

    /// <summary>How much of a reception's weight a travelling official adds to a visit.</summary>
    private const double VisitorFactor = 0.8;

    public SentenceFacts[] Extract(ArticleText article, string watched, DateTimeOffset? published)
    {
        var facts = new SentenceFacts[article.Sentences.Count];
        var bodyIndex = 0;
        var closing = false;
        var backgroundSection = false;
        for (var s = 0; s < facts.Length; s++)
        {
            var isTitle = article.IsTitle(s);
            var tokenCount = article.SentenceTokenStart[s + 1] - article.SentenceTokenStart[s];
            if (!isTitle && IsCreditLine(article.SentenceText(s), tokenCount))
            {
                // "About UNODC" opens boilerplate; "About 300 migrants" in a caption does not.
                closing |= StartsWithAny(article.SentenceText(s), taxonomy.ClosingHeaders) && !article.SentenceText(s).ContainsAnyInRange('0', '9');
                backgroundSection |= IsHeading(article.SentenceText(s), taxonomy.BackgroundHeaders);
            }

            var furniture = !isTitle && (closing || IsFurniture(article.SentenceText(s)));
            facts[s] = new SentenceFacts(labels.EventTypes.Count, labels.Domains.Count)
            {
                IsTitle = isTitle,
                // A byline or dateline line ("By Libya Observer staff", "طرابلس - بوابة الوسط") does not push the
                // lead down: the first sentence of the report is still the lead.
                BodyIndex = isTitle ? -1 : IsCreditLine(article.SentenceText(s), tokenCount) ? bodyIndex : bodyIndex++,
                TokenCount = tokenCount,
                Furniture = furniture,
                Background = furniture || (!isTitle && backgroundSection),
            };
        }

        var marks = MarkTokens(article, watched);
        MarkDateline(article, facts, marks);
        var pendingGeneric = new List<(int Sentence, string Id)>();
        foreach (var match in article.Matches)
        {
            var sentence = article.Tokens[match.First].Sentence;
            Apply(article, facts[sentence], match, watched, marks, pendingGeneric, sentence);
        }

        ResolveUmbrellas(facts);
        MarkTravellingVisitors(article, facts);
        foreach (var (sentence, id) in pendingGeneric)
        {
            if (facts[sentence].HasWatched && !facts[sentence].Actors.Contains(id))
            {
                facts[sentence].Actors.Add(id);
            }
        }

        MarkBackgroundYears(article, facts, published);
        return facts;
    }

    private void Apply(ArticleText article, SentenceFacts f, PhraseMatch match, string watched, Mark[] marks, List<(int, string)> pendingGeneric, int sentence)
    {
        var entry = match.Entry;
        switch (entry.Kind)
        {
            case EntryKind.Partner:
                if (entry.Id == watched)
                {
                    // "near the border with Libya", "near Libya's border": the watched country is the other side of
                    // someone else's frontier.
                    if (!IsAcrossBorder(article, marks, match) && !IsFrontierLocation(article, marks, match))
                    {
                        f.WatchedMentions++;
                    }
                }
                else if ((marks[match.First] & Mark.Dateline) != 0)
                {
                    // "Tunis (Tunisia), 28 February 2025 -": where the story was filed.
                    f.Places.Add((match.First, match.End));
                }
                else if (taxonomy.Partner(entry.Id)?.Kind == "state" && (IsGeography(article, marks, match) || IsSeatOrFlag(article, match)))
                {
                    // "Malta's search and rescue zone", "the Libya-Niger frontier", "a Malta-flagged tanker": neither a
                    // party nor where the event happened.
                }
                else if (taxonomy.Partner(entry.Id)?.Kind == "state" && (IsPlaceUse(article, marks, match) || ContinuesPlaceList(article, marks, f, match) || InsideRouteList(article, marks, match.First)))
                {
                    f.Places.Add((match.First, match.End));
                }
                else if (!IsAffiliation(article, marks, match) && !IsAttributive(article, marks, match) && !IsBystander(article, marks, match))
                {
                    if (IsUmbrellaReference(article, marks, match))
                    {
                        AddDistinct(f.UmbrellaPartners, entry.Id);
                    }
                    else
                    {
                        if (!f.Partners.Contains(entry.Id))
                        {
                            f.Partners.Add(entry.Id);
                            AddSpecialism(f, taxonomy.Partner(entry.Id), labels);
                        }
                    }
                }

                break;
            case EntryKind.Demonym:
                if (entry.Id == watched)
                {
                    if (!IsFrontierLocation(article, marks, match) && !IsPointOfDeparture(article, marks, match))
                    {
                        f.WatchedMentions++;
                    }
                }
                else if ((marks[match.First] & Mark.StateName) != 0 || IsGeography(article, marks, match))
                {
                    // "Germany" stems like "German"; "the Libyan-Tunisian frontier", "the Tunisian side of the border" are places.
                }
                else if ((match.End < marks.Length && InstitutionFollows(article, marks, match.End)) || InstitutionPrecedes(article, marks, match.First)
                    || QualifiesEquipment(marks, match, article.Tokens) || QualifiesEvent(article, marks, match.End) || HyphenedWithWatched(article, marks, match))
                {
                    if (!IsBystander(article, marks, match))
                    {
                        AddDistinct(f.Partners, entry.Id);
                    }
                }

                break;
            case EntryKind.Actor:
                if (entry.Country == watched)
                {
                    f.WatchedMentions++;
                    AddDistinct(f.Actors, entry.Id);
                }
                else if (entry.Country is not null && !IsAffiliation(article, marks, match) && !IsBystander(article, marks, match))
                {
                    AddDistinct(f.Partners, entry.Country);
                }

                break;
            case EntryKind.GenericActor:
                // "Italian Ministry of Interior", "ministero dell'Interno italiano" are not the watched country's ministry.
                if (entry.Country == watched && !(match.First > 0 && (marks[match.First - 1] & Mark.ForeignDemonym) != 0)
                    && !(match.End < marks.Length && (marks[match.End] & Mark.ForeignDemonym) != 0 && SameSentence(article, match.First, match.End)))
                {
                    pendingGeneric.Add((sentence, entry.Id));
                }

                break;
            case EntryKind.City:
                if (entry.Country == watched && !IsPointOfDeparture(article, marks, match))
                {
                    f.WatchedMentions++;
                    f.NamesWatchedCity = true;
                }

                f.Places.Add((match.First, match.End));
                break;
            case EntryKind.Place:
                // "Washington said": a capital standing for its government; not in a dateline ("Cairo, Egypt") or "Lisbon-based".
                if (entry.Metonym && entry.Country != watched && f.TokenCount >= 8 && (marks[match.First] & Mark.Dateline) == 0 && !IsPlaceUse(article, marks, match)
                    && !IsSeatOrFlag(article, match) && !IsVenueAttribute(article, marks, match) && !IsFollowedByWhere(article, match) && !FollowedByCommaPlace(article, marks, match.End)
                    && ActsAsGovernment(article, marks, match) && !IsBystander(article, marks, match))
                {
                    AddDistinct(f.Partners, entry.Country!);
                }
                else
                {
                    f.Places.Add((match.First, match.End));
                }

                break;
            case EntryKind.Domain:
                // A partner's name says who takes part, not what the cooperation is about ("Office on Drugs and Crime");
                // an institution's name ("Coast Guard") hints at the subject, no more.
                if (!article.InsidePartnerName[match.First])
                {
                    var weight = article.InsideActorName[match.First] ? entry.Weight * ActorNameFactor : entry.Weight;
                    if (entry.Id == BorderSecurityId && IsIncidentalBorderPlace(article, match))
                    {
                        weight *= IncidentalPlaceFactor;
                    }

                    if (s_bareSmuggling.Contains(entry.Text) && entry.Id == MigrantSmugglingId)
                    {
                        f.BareSmuggling += weight;
                    }
                    else
                    {
                        f.DomainHits[labels.DomainIndex(entry.Id)] += weight;
                        if (article.InsideActorName[match.First])
                        {
                            f.AddNamedDomain(labels.DomainIndex(entry.Id));
                        }
                    }
                }

                break;
            case EntryKind.EventCue:
                if (!OverlapsEntity(article, match))
                {
                    // "discussed cooperation in training": after a topic word, cues name the subject of the talks.
                    var k = labels.EventTypeIndex(entry.Id);
                    var weight = f.TopicFrom >= 0 && match.First > f.TopicFrom && k != labels.Meeting ? entry.Weight * TopicContentFactor : entry.Weight;
                    // "handed over under the military training and cooperation agreement": the agreement, and the words of its
                    // name, are the basis of the event, not the event.
                    if (f.FrameworkEnd >= 0 && match.First >= f.FrameworkEnd && match.First - f.FrameworkEnd <= FrameworkReach)
                    {
                        weight *= FrameworkFactor;
                    }
                    f.EventCues[k] = Math.Min(1.5, f.EventCues[k] + weight);
                }

                break;
            case EntryKind.Framework:
                f.FrameworkEnd = match.End;
                break;
            case EntryKind.Topic:
                if (f.TopicFrom < 0)
                {
                    f.TopicFrom = match.First;
                }

                break;
            case EntryKind.Reception:
                // "received the Italian ambassador": receiving an official is a meeting; "received three vessels" is not.
                if (labels.Meeting >= 0 && OfficialFollows(marks, match.End, article.Tokens))
                {
                    f.EventCues[labels.Meeting] = Math.Min(1.5, f.EventCues[labels.Meeting] + entry.Weight);
                }

                // "received the visiting Maltese minister", "استقبل وفدا": a host receiving a travelling official is a visit.
                if (labels.Visit >= 0 && VisitorFollows(article, match.End))
                {
                    f.EventCues[labels.Visit] = Math.Min(1.5, f.EventCues[labels.Visit] + (entry.Weight * VisitorFactor));
                }

                break;
            case EntryKind.Cooperation:
                if (!OverlapsEntity(article, match))
                {
                    f.Cooperation += entry.Weight;
                    if (s_genericCooperation.Contains(entry.Text))
                    {
                        f.GenericCooperation += entry.Weight;
                    }
                }

                break;
            case EntryKind.Opinion:
                f.Opinion += entry.Weight;
                break;
            case EntryKind.OpinionTitle:
                f.OpinionTitle = true;
                break;
            case EntryKind.Future:
                f.Future += entry.Weight;
                break;
            case EntryKind.Prospective:
                f.Prospective += entry.Weight;
                break;
            case EntryKind.Background:
                // The headline and lead tell the event: "his first visit since taking office" qualifies it. Only a
                // lead that opens on the past ("Last year, ...") is about something earlier.
                if (!(f.IsTitle || f.BodyIndex == 0) || match.First == article.SentenceTokenStart[sentence])
                {
                    f.Background = true;
                }

                break;
            case EntryKind.BackgroundOpener:
                if (!f.IsTitle && match.First == article.SentenceTokenStart[sentence])
                {
                    f.Background = true;
                }

                break;
            case EntryKind.Negation:
                f.Negated = true;
                break;
            case EntryKind.Security:
                f.SecurityCues++;
                break;
            case EntryKind.NetworkNoun:
                f.NetworkNouns++;
                break;
            case EntryKind.PeopleNoun:
                if (s_carriedPeople.Contains(entry.Text))
                {
                    f.CarriedPeople++;
                }

                break;
        }
    }

    private Mark[] MarkTokens(ArticleText article, string watched)
    {
        var marks = new Mark[article.Tokens.Count];
        foreach (var match in article.Matches)
        {
            switch (match.Entry.Kind)
            {
                case EntryKind.InstitutionNoun:
                    marks[match.First] |= Mark.InstitutionStart;
                    marks[match.End - 1] |= Mark.InstitutionEnd;
                    break;
                case EntryKind.PlacePreposition:
                    // The word right before the name: "in", or the last word of "borders with".
                    marks[match.End - 1] |= Mark.PlacePreposition;
                    break;
                case EntryKind.AffiliationTitle:
                    marks[match.End - 1] |= Mark.AffiliationEnd;
                    break;
                case EntryKind.AttributiveNoun:
                    marks[match.First] |= Mark.AttributiveStart;
                    break;
                case EntryKind.PeopleNoun:
                    marks[match.End - 1] |= Mark.PeopleEnd;
                    break;
                case EntryKind.Source:
                    marks[match.End - 1] |= Mark.Source;
                    break;
                case EntryKind.NonParticipation:
                    marks[match.First] |= Mark.NonParticipation;
                    break;
                case EntryKind.Comment:
                    marks[match.First] |= Mark.Comment;
                    break;
                case EntryKind.BodyNoun:
                    marks[match.First] |= Mark.BodyNoun;
                    break;
                case EntryKind.GeographyNoun:
                    marks[match.First] |= Mark.GeographyStart;
                    marks[match.End - 1] |= Mark.GeographyEnd;
                    break;
                case EntryKind.GeographyBodyNoun:
                    marks[match.First] |= Mark.GeographyBody;
                    break;
                case EntryKind.EventCue or EntryKind.Cooperation or EntryKind.Reception:
                    marks[match.First] |= Mark.Cue;
                    if (match.Entry.Kind == EntryKind.EventCue && match.Entry.Id == AidEquipmentId)
                    {
                        for (var t = match.First; t < match.End; t++)
                        {
                            marks[t] |= Mark.Equipment;
                        }
                    }
                    else if (match.Entry.Kind != EntryKind.Reception)
                    {
                        marks[match.First] |= Mark.EventWord;
                    }

                    break;
                case EntryKind.Partner or EntryKind.Actor or EntryKind.GenericActor or EntryKind.City or EntryKind.Place or EntryKind.Demonym:
                    for (var t = match.First; t < match.End; t++)
                    {
                        marks[t] |= Mark.Entity;
                        if (match.Entry.Kind is EntryKind.City or EntryKind.Place)
                        {
                            marks[t] |= Mark.PlaceName;
                        }

                        if (match.Entry.Kind == EntryKind.Demonym && match.Entry.Id != watched)
                        {
                            marks[t] |= Mark.ForeignDemonym;
                        }

                        if (match.Entry.Kind is EntryKind.Demonym or EntryKind.Partner && match.Entry.Id == watched)
                        {
                            marks[t] |= Mark.Watched;
                        }

                        if (match.Entry.Kind == EntryKind.Partner && taxonomy.Partner(match.Entry.Id)?.Kind == "state")
                        {
                            marks[t] |= Mark.StateName;
                        }
                    }

                    if (match.Entry.Kind is EntryKind.Actor or EntryKind.GenericActor)
                    {
                        marks[match.End - 1] |= Mark.ActorEnd;
                    }

                    break;
            }
        }

        return marks;
    }

    private static bool SameSentence(ArticleText article, int a, int b) => article.Tokens[a].Sentence == article.Tokens[b].Sentence;

    internal static bool IsWord(ArticleText article, int token, string word) =>
        article.Tokens[token].ExactKey(article.Folded).SequenceEqual(word);

    private static void AddDistinct(List<string> list, string id)
    {
        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    /// <summary>"Talks with the EU drugs agency" are about drugs even when no drug is named.</summary>
    private static void AddSpecialism(SentenceFacts f, PartnerInfo? partner, LabelIndex labels)
    {
        foreach (var domain in partner?.Domains ?? [])
        {
            var d = labels.DomainIndexOrNone(domain);
            if (d >= 0)
            {
                f.DomainHits[d] += SpecialismWeight;
                f.AddNamedDomain(d);
            }
        }
    }
}
