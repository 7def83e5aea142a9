using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// The words around a name or cue that change what it means: a country after "in" is a place, a partner before "arms
/// embargo" qualifies a thing, a demonym before or after "ministry" names an institution.
/// </summary>
internal sealed partial class FactExtractor
{
    /// <summary>Words from a demonym to the event noun it qualifies: "American anti-terror course".</summary>
    private const int EventQualifierReach = 3;

    /// <summary>Words that hedge an origin without changing it: "migrants, mostly from Nigeria".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_originHedges =
        new HashSet<string>(["mostly", "mainly", "largely", "primarily", "chiefly", "many", "most", "all", "some"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What a partner's travelling official in talks in a watched city adds to a visit: a companion of the talks.</summary>
    private const double TravellingVisitorCue = 0.5;

    /// <summary>The headline and lead say who came where; later sentences may recall other trips.</summary>
    private const int LeadVisitSentences = 1;

    /// <summary>The Arabic "and", written as a prefix of the next word ("والنيجر").</summary>
    private const char ArabicAnd = 'و';

    /// <summary>How far after a capital a cooperation verb may stand ("Rome and Tripoli signed").</summary>
    private const int GovernmentCueReach = 6;

    /// <summary>Words of a group noun between "from" and "such as" ("from West African countries such as").</summary>
    private const int ExampleGroupWords = 4;

    /// <summary>How far back a "sidelines of" clause may open.</summary>
    private const int SidelinesReach = 24;

    /// <summary>Modifiers a source noun may take after its body: "UNHCR's latest figures", "EU migration policy".</summary>
    private const int AttributiveModifiers = 2;

    /// <summary>Single modifiers that may stand between a body and its source noun without a possessive ("UN latest data").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sourceModifiers =
        new HashSet<string>(
            ["latest", "new", "recent", "annual", "monthly", "weekly", "official", "preliminary", "provisional", "updated", "own", "migration", "asylum", "maritime", "border", "foreign", "common", "current", "security", "defence", "defense"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"vessels from Rome", "talks with Moscow", "financées par Paris", "colloqui con Roma", "مباحثات مع أنقرة".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_governmentPrepositions =
        new HashSet<string>(["from", "with", "by", "par", "avec", "con", "da", "dal", "مع"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"in the United States", "vers l'Italie", "verso la Francia": the article between preposition and name.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_definiteArticles =
        new HashSet<string>(["the", "l", "la", "le", "il", "lo"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_listJoiners =
        new HashSet<string>(["and", "or", "et", "ou", "e", "o"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"in Egypt", "in the United States", "Cairo, Egypt": the country is where something happened, not a party.</summary>
    private static bool IsPlaceUse(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var before = match.First - 1;

        // "in neighbouring Tunisia", "from southern Algeria": a place adjective between the preposition and the name.
        var placeAdjective = before >= 0 && s_placeAdjectives.Contains(article.Tokens[before].ExactKey(article.Folded));
        if (placeAdjective)
        {
            before--;
        }

        if (before >= 0 && s_definiteArticles.Contains(article.Tokens[before].ExactKey(article.Folded)))
        {
            before--;
        }

        if (before >= 0 && SameSentence(article, before, match.First)
            && ((marks[before] & Mark.PlacePreposition) != 0 || (placeAdjective && (IsWord(article, before, "from") || IsWord(article, before, "to")))))
        {
            return true;
        }

        if (IsCountryOfUnknownPlace(article, marks, match.First))
        {
            return true;
        }

        // "across the Strait of Gibraltar from Morocco", "to Lampedusa from Libya": where a known place is reached from.
        if (match.First >= 2 && IsWord(article, match.First - 1, "from") && (marks[match.First - 2] & Mark.PlaceName) != 0
            && SameSentence(article, match.First - 2, match.First) && !HasCommaBetween(article, match.First - 2, match.First - 1))
        {
            return true;
        }

        // "migrants from Niger", "returned 150 migrants to Niger", "148 migrants, mostly from Nigeria": where people come
        // from or go to.
        if (match.First >= 2 && (IsWord(article, match.First - 1, "from") || IsWord(article, match.First - 1, "to")))
        {
            var people = match.First - 2;
            if (people >= 1 && s_originHedges.Contains(article.Tokens[people].ExactKey(article.Folded)))
            {
                people--;
            }

            if ((marks[people] & Mark.PeopleEnd) != 0 && SameSentence(article, people, match.First))
            {
                return true;
            }
        }

        if (IsExampleOfPlace(article, marks, match.First) || InsideSidelinesClause(article, match.First))
        {
            return true;
        }

        // "Cairo, Egypt": a place name right before (only punctuation between).
        var previous = match.First - 1;
        return previous >= 0 && (marks[previous] & Mark.PlaceName) != 0 && SameSentence(article, previous, match.First)
            && article.Joined.AsSpan(article.Tokens[previous].End, article.Tokens[match.First].Start - article.Tokens[previous].End).Trim().SequenceEqual(",");
    }

    /// <summary>"from Sahel states such as Niger", "from countries including Sudan": examples of where something comes from.</summary>
    private static bool IsExampleOfPlace(ArticleText article, Mark[] marks, int first)
    {
        var t = first - 1;
        if (t >= 1 && IsWord(article, t, "as") && IsWord(article, t - 1, "such"))
        {
            t -= 2;
        }
        else if (t >= 0 && (IsWord(article, t, "including") || IsWord(article, t, "like")))
        {
            t--;
        }
        else
        {
            return false;
        }

        // A few words of the group noun ("Sahel states", "West African countries") back to "from" or "in".
        for (var k = 0; k < ExampleGroupWords && t - k >= 0 && SameSentence(article, t - k, first); k++)
        {
            if (IsWord(article, t - k, "from") || (marks[t - k] & Mark.PlacePreposition) != 0)
            {
                // "delegations from countries including Italy" are the parties themselves.
                var before = t - k - 1;
                return before < 0 || !SameSentence(article, before, first) || (marks[before] & Mark.InstitutionEnd) == 0;
            }
        }

        return false;
    }

    /// <summary>
    /// "on the sidelines of a conference hosted by Italy": the host of the surrounding gathering is context, not a party
    /// to the agreement the sentence reports (a comma ends the clause: "On the sidelines of the summit, Libya and Italy...").
    /// </summary>
    private static bool InsideSidelinesClause(ArticleText article, int first)
    {
        for (var t = first - 1; t >= Math.Max(0, first - SidelinesReach) && SameSentence(article, t, first); t--)
        {
            if (IsWord(article, t, "sidelines") || IsWord(article, t, "margins") || IsWord(article, t, "marge") || IsWord(article, t, "margine") || IsWord(article, t, "هامش"))
            {
                var between = article.Joined.AsSpan(article.Tokens[t].End, article.Tokens[first].Start - article.Tokens[t].End);
                return !between.Contains(',');
            }
        }

        return false;
    }

    /// <summary>
    /// "borders with Niger, Chad and Sudan", "crossings from Libya and Tunisia": a name listed right after a place is a
    /// place too.
    /// </summary>
    private static bool ContinuesPlaceList(ArticleText article, Mark[] marks, SentenceFacts f, PhraseMatch match)
    {
        if (ListAfterPlacePreposition(article, marks, match.First))
        {
            return true;
        }

        if (f.Places.Count == 0)
        {
            return false;
        }

        var previousEnd = SkipUnknownListNames(article, marks, f.Places[^1].End, match.First);

        // "con l'Algeria e il Niger", "avec le Soudan, le Tchad": a French or Italian article may stand before the name
        // (not "the": "In Italy, the Guardia di Finanza searched..." opens a clause).
        var first = match.First;
        if (first - 1 >= previousEnd && s_definiteArticles.Contains(article.Tokens[first - 1].ExactKey(article.Folded)) && !IsWord(article, first - 1, "the"))
        {
            first--;
        }

        if (previousEnd == first)
        {
            // "Niger, Chad"; "الجزائر والنيجر", where the Arabic "and" is written onto the name.
            var between = article.Joined.AsSpan(article.Tokens[previousEnd - 1].End, article.Tokens[first].Start - article.Tokens[previousEnd - 1].End).Trim();
            return between.SequenceEqual(",") || (between.IsEmpty && article.Joined[article.Tokens[first].Start] == ArabicAnd);
        }

        var joiner = first - 1;
        return previousEnd == joiner && s_listJoiners.Contains(article.Tokens[previousEnd].ExactKey(article.Folded));
    }

    /// <summary>
    /// "mostly from Nigeria, Ghana and Sudan": past the last known place, over names the taxonomy does not know, each after
    /// a comma, to where the list goes on.
    /// </summary>
    private static int SkipUnknownListNames(ArticleText article, Mark[] marks, int from, int limit)
    {
        var t = from;
        while (t < limit && t - from < UnknownPlaceWords && SameSentence(article, from - 1, t)
            && (article.Tokens[t].Flags & TokenFlags.InitialUpper) != 0 && (marks[t] & Mark.Entity) == 0
            && (t > from || HasCommaBetween(article, t - 1, t)))
        {
            t++;
        }

        return t;
    }

    /// <summary>"Permanent Representative to the Arab League": a title, not a partner in the event.</summary>
    private static bool IsAffiliation(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var before = match.First - 1;
        if (before >= 0 && IsWord(article, before, "the"))
        {
            before--;
        }

        if (before < 1 || !IsWord(article, before, "to"))
        {
            return false;
        }

        return (marks[before - 1] & Mark.AffiliationEnd) != 0 && SameSentence(article, before - 1, match.First);
    }

    /// <summary>
    /// "the UN arms embargo", "EU figures", "Russia's presence": the partner qualifies a thing (or is a rival whose
    /// influence the article discusses); it is not a party to the event.
    /// </summary>
    private static bool IsAttributive(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var next = match.End;
        var possessive = next < marks.Length && IsWord(article, next, "s") && SameSentence(article, match.First, next);
        if (possessive)
        {
            next++; // the possessive "Russia's"
        }

        // "UNHCR's latest figures", "EU migration policy": a possessive takes up to two plain words, a bare name one known modifier.
        for (var k = 0; k < (possessive ? AttributiveModifiers : 1) && next < marks.Length && (marks[next] & Mark.AttributiveStart) == 0; k++)
        {
            var plainWord = SameSentence(article, match.First, next) && !HasCommaBetween(article, next - 1, next)
                && (article.Tokens[next].Flags & TokenFlags.InitialUpper) == 0 && (marks[next] & (Mark.Entity | Mark.Cue | Mark.InstitutionStart)) == 0;
            if (!plainWord || !(possessive || s_sourceModifiers.Contains(article.Tokens[next].ExactKey(article.Folded))))
            {
                return false;
            }

            next++;
        }

        return next < marks.Length && (marks[next] & Mark.AttributiveStart) != 0 && SameSentence(article, match.First, next);
    }

    /// <summary>
    /// A capital stands for its government only as an actor in the cooperation: "Rome and Tripoli signed", "Ankara will
    /// train", "vessels from Rome", "talks with Moscow". "Brussels has faced criticism" or "Moscow has deployed" only
    /// mention it.
    /// </summary>
    private static bool ActsAsGovernment(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        if (match.First > 0 && SameSentence(article, match.First - 1, match.First) && s_governmentPrepositions.Contains(article.Tokens[match.First - 1].ExactKey(article.Folded)))
        {
            return true;
        }

        for (var t = match.End; t < Math.Min(marks.Length, match.End + GovernmentCueReach); t++)
        {
            if (!SameSentence(article, match.First, t))
            {
                return false;
            }

            if ((marks[t] & Mark.Cue) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"السفير البريطاني", "ministre italien": languages that put the adjective after the noun.</summary>
    private static bool InstitutionPrecedes(ArticleText article, Mark[] marks, int first)
    {
        var tokens = article.Tokens;
        // English puts the adjective first: in "coast guard as Russian influence grows" "Russian" qualifies what follows.
        if ((tokens[first].Flags & TokenFlags.InitialUpper) != 0)
        {
            return false;
        }

        // "les autorités libyennes et françaises": the second of two joined adjectives reaches back past the first.
        var reach = first >= 2 && s_listJoiners.Contains(tokens[first - 1].ExactKey(article.Folded)) && (marks[first - 2] & Mark.Entity) != 0 ? 4 : 2;
        for (var t = first - 1; t >= Math.Max(0, first - reach); t--)
        {
            if (tokens[t].Sentence != tokens[first].Sentence)
            {
                return false;
            }

            // "ministero dell'Interno italiano": the adjective closes a whole institution's name.
            if ((marks[t] & (Mark.InstitutionEnd | Mark.ActorEnd)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "patrouilleurs italiens", "motovedette italiane", "زوارق إيطالية": the country whose adjective follows the delivered
    /// equipment supplied it, so it is a party to the handover. Only languages that put the adjective after the noun: in
    /// English "an Italian patrol vessel boarded the ship" describes a unit at work, not a gift.
    /// </summary>
    private static bool QualifiesEquipment(Mark[] marks, PhraseMatch match, List<Token> tokens)
    {
        var before = match.First - 1;
        return before >= 0 && (tokens[match.First].Flags & TokenFlags.InitialUpper) == 0 && tokens[before].Sentence == tokens[match.First].Sentence
            && (marks[before] & Mark.Equipment) != 0;
    }

    /// <summary>
    /// "an American anti-terror course", "Italian training", "Turkish support": a demonym qualifying the event itself
    /// names the country that runs or funds it. Equipment is left out ("a Turkish-made vehicle" says who built it).
    /// </summary>
    private static bool QualifiesEvent(ArticleText article, Mark[] marks, int from)
    {
        var tokens = article.Tokens;
        for (var t = from; t < Math.Min(marks.Length, from + EventQualifierReach); t++)
        {
            // A determiner starts another phrase: "Grech said the agreement" is no "Greek agreement".
            if (tokens[t].Sentence != tokens[from - 1].Sentence || HasCommaBetween(article, t - 1, t)
                || (marks[t] & (Mark.Entity | Mark.InstitutionStart | Mark.Equipment)) != 0 || s_determiners.Contains(tokens[t].ExactKey(article.Folded)))
            {
                return false;
            }

            if ((marks[t] & Mark.EventWord) != 0)
            {
                return true;
            }

            // One word may qualify the event ("Italian naval training"), or a compound of several ("anti-terror"), not a
            // phrase of its own ("French experience of cooperation").
            var joined = t + 1 < marks.Length && IsHyphenBetween(article, t, t + 1);
            if ((tokens[t].Flags & TokenFlags.InitialUpper) != 0 || (t > from && !IsHyphenBetween(article, t - 1, t) && !joined))
            {
                return false;
            }
        }

        return false;
    }

    private static bool OfficialFollows(Mark[] marks, int from, List<Token> tokens) =>
        FollowsWithinReach(tokens, from, t => (marks[t] & (Mark.InstitutionStart | Mark.AffiliationEnd)) != 0);

    /// <summary>
    /// "EU delegation holds talks in Benghazi", "AFRICOM deputy commander meets Libyan officers in Sirte", "حماد يبحث مع
    /// وفد أوروبي في بنغازي": a partner's travelling official (a delegation, minister, commander, envoy; never the
    /// resident ambassador) holding talks in a city of the watched country has come on a visit, said or not.
    /// </summary>
    private void MarkTravellingVisitors(ArticleText article, SentenceFacts[] facts)
    {
        if (labels.Visit < 0 || labels.Meeting < 0)
        {
            return;
        }

        for (var s = 0; s < facts.Length; s++)
        {
            var f = facts[s];
            if (!(f.IsTitle || f.BodyIndex <= LeadVisitSentences) || !f.NamesWatchedCity || !f.HasPartner || f.EventCues[labels.Meeting] <= 0
                || f.EventCues[labels.Visit] > 0 || f.Background)
            {
                continue;
            }

            var visitor = false;
            var resident = false;
            for (var t = article.SentenceTokenStart[s]; t < article.SentenceTokenStart[s + 1]; t++)
            {
                var key = article.Tokens[t].ExactKey(article.Folded);
                visitor |= taxonomy.Visitors.Contains(key);
                resident |= taxonomy.ResidentOfficials.Contains(key);
            }

            if (visitor && !resident)
            {
                f.EventCues[labels.Visit] = TravellingVisitorCue;
            }
        }
    }

    /// <summary>"received the visiting Maltese minister": a travelling official within reach after a reception verb.</summary>
    private bool VisitorFollows(ArticleText article, int from) =>
        FollowsWithinReach(article.Tokens, from, t => taxonomy.Visitors.Contains(article.Tokens[t].ExactKey(article.Folded)));

    /// <summary>Whether a word of the same sentence, at most a reception's reach after <paramref name="from"/>, passes the test.</summary>
    private static bool FollowsWithinReach(List<Token> tokens, int from, Func<int, bool> test)
    {
        if (from <= 0 || from >= tokens.Count)
        {
            return false;
        }

        var sentence = tokens[from - 1].Sentence;
        for (var t = from; t < Math.Min(tokens.Count, from + ReceptionReach); t++)
        {
            if (tokens[t].Sentence != sentence)
            {
                return false;
            }

            if (test(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Italian officials", "Egyptian Interior Ministry"; not across a comma ("German, sent a team").</summary>
    private static bool InstitutionFollows(ArticleText article, Mark[] marks, int from)
    {
        var tokens = article.Tokens;
        var sentence = tokens[from - 1].Sentence;
        for (var t = from; t < Math.Min(marks.Length, from + 3); t++)
        {
            if (tokens[t].Sentence != sentence || (HasCommaBetween(article, t - 1, t) && (marks[t] & Mark.Entity) == 0))
            {
                return false;
            }

            if ((marks[t] & Mark.InstitutionStart) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue inside an institution's name ("Police Training Institute") says nothing about the event.</summary>
    private static bool OverlapsEntity(ArticleText article, PhraseMatch match)
    {
        for (var t = match.First; t < match.End; t++)
        {
            if (article.InsideName[t])
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedBy(ArticleText article, int token, string word) =>
        token < article.Tokens.Count && IsWord(article, token, word) && article.Tokens[token].Sentence == article.Tokens[token - 1].Sentence;

    private static bool FollowedByCommaPlace(ArticleText article, Mark[] marks, int token) =>
        token < article.Tokens.Count && (marks[token] & Mark.PlaceName) != 0 && SameSentence(article, token - 1, token)
        && article.Joined.AsSpan(article.Tokens[token - 1].End, article.Tokens[token].Start - article.Tokens[token - 1].End).Trim().SequenceEqual(",");
}
