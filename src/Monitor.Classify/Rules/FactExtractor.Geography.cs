using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// Countries named as geography rather than as parties: a frontier or sea area ("Malta's search and rescue zone", "the
/// Libyan-Tunisian frontier", "the Tunisian side of the border"), the seat or flag of something ("the Lisbon-based
/// agency", "a Malta-flagged tanker") and a capital that only names a venue ("the Cairo talks").
/// </summary>
internal sealed partial class FactExtractor
{
    /// <summary>How many words a geography noun may span before its last word ("side of the border").</summary>
    private const int GeographyNounWords = 5;

    /// <summary>Words after a name that make it a seat or a flag state: "Lisbon-based", "Malta-flagged", "Panama-registered".</summary>
    private static readonly string[] s_seatWords = ["based", "flagged", "registered", "headquartered"];

    /// <summary>Words before a capital that make it the name of a venue ("the Cairo talks", "a Tunis hotel").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners =
        new HashSet<string>(["the", "a", "an", "this", "that", "last", "its", "their"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns of a gathering or its venue after a capital ("the Cairo talks"); not verbs ("The White House pledged").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_venueEvents =
        new HashSet<string>(
            ["talks", "meeting", "meetings", "conference", "summit", "forum", "course", "workshop", "seminar", "session", "round", "process", "declaration", "memorandum", "accord", "hotel", "venue", "headquarters", "office"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a relative clause of place: "returned from Tunis, where they attended".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_whereWords =
        new HashSet<string>(["where", "dove", "حيث"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adjectives that may stand between a country and its frontier: "Libya's long southern border".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_geographyAdjectives =
        new HashSet<string>(
            ["southern", "northern", "eastern", "western", "south", "north", "east", "west", "central", "common", "shared", "long", "porous", "vast", "remote", "desert", "land", "sea", "maritime", "busy", "main", "own"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The country names a frontier, ground or sea area: "Malta's search and rescue zone", "Libya's borders with Chad",
    /// "the Libya-Niger frontier", "the Libyan-Tunisian border", "the Tunisian side of the border". A body named after the
    /// noun makes it a party again ("a joint Libyan-Tunisian border committee", "Tunisian border guards").
    /// </summary>
    private static bool IsGeography(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var t = match.End;
        var n = marks.Length;

        // "Tunisian-Libyan border", "the Libyan-Algerian-Tunisian tri-border point": the compound's other halves name
        // the other sides of the frontier.
        while (t < n && (marks[t] & (Mark.Watched | Mark.ForeignDemonym)) != 0 && SameSentence(article, match.First, t) && IsHyphenBetween(article, t - 1, t))
        {
            t++;
        }

        if (t + 1 < n && IsWord(article, t, "tri") && IsHyphenBetween(article, t, t + 1))
        {
            t++;
        }

        var possessive = t < n && IsWord(article, t, "s") && SameSentence(article, match.First, t);
        if (possessive)
        {
            t++;
        }

        // "Libya's long southern border": a few adjectives (any lower-case word after a possessive).
        for (var k = 0; k < 2 && t < n && (marks[t] & Mark.GeographyStart) == 0; k++)
        {
            var plainWord = IsPlainWord(article, marks, t);
            if (!SameSentence(article, match.First, t) || HasCommaBetween(article, t - 1, t) || !plainWord
                || !(possessive || s_geographyAdjectives.Contains(article.Tokens[t].ExactKey(article.Folded))))
            {
                return false;
            }

            t++;
        }

        if (t >= n || (marks[t] & Mark.GeographyStart) == 0 || !SameSentence(article, match.First, t))
        {
            return false;
        }

        var end = t;
        while (end < Math.Min(n - 1, t + GeographyNounWords) && (marks[end] & Mark.GeographyEnd) == 0)
        {
            end++;
        }

        // The token after the noun: "border committee", "coast guard", "border guards" name bodies of the country.
        var next = end + 1;
        return next >= n || !SameSentence(article, t, next) || (marks[next] & (Mark.GeographyBody | Mark.InstitutionStart | Mark.InstitutionEnd | Mark.Cue)) == 0;
    }

    /// <summary>A lower-case word that names nothing and cues nothing: "port", "long", "of".</summary>
    private static bool IsPlainWord(ArticleText article, Mark[] marks, int t) =>
        (article.Tokens[t].Flags & TokenFlags.InitialUpper) == 0 && (marks[t] & (Mark.Entity | Mark.Cue | Mark.InstitutionStart)) == 0;

    /// <summary>
    /// "near the border with Libya", "la frontière avec la Libye": the name right after a frontier preposition (the only
    /// place prepositions ending in "with") is the far side of a frontier.
    /// </summary>
    private static bool IsAcrossBorder(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var before = match.First - 1;
        if (before >= 0 && s_definiteArticles.Contains(article.Tokens[before].ExactKey(article.Folded)))
        {
            before--;
        }

        return before >= 1 && SameSentence(article, before, match.First) && (marks[before] & Mark.PlacePreposition) != 0
            && s_governmentPrepositions.Contains(article.Tokens[before].ExactKey(article.Folded));
    }

    /// <summary>
    /// "seized near the Libyan border", "arrested along Libya's southern frontier": the country's frontier as the location of
    /// someone else's act (not "Libyan border guards", not "secure the Libyan border").
    /// </summary>
    private static bool IsFrontierLocation(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var before = match.First - 1;
        if (before >= 0 && s_definiteArticles.Contains(article.Tokens[before].ExactKey(article.Folded)))
        {
            before--;
        }

        return before >= 0 && SameSentence(article, before, match.First) && (IsWord(article, before, "near") || IsWord(article, before, "along") || IsWord(article, before, "from"))
            && IsGeography(article, marks, match);
    }

    /// <summary>"the Lisbon-based agency", "a Malta-flagged tanker", "Panama-registered": the seat or flag of something else.</summary>
    private static bool IsSeatOrFlag(ArticleText article, PhraseMatch match)
    {
        foreach (var word in s_seatWords)
        {
            if (FollowedBy(article, match.End, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Cairo talks", "a Tunis hotel", "last week's Rome meeting": a capital right before the event it hosted names the
    /// venue, not a government acting ("Rome and Tripoli signed" has no determiner before the capital).
    /// </summary>
    private static bool IsVenueAttribute(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var before = match.First - 1;
        if (before < 0 || !SameSentence(article, before, match.First) || !s_determiners.Contains(article.Tokens[before].ExactKey(article.Folded)))
        {
            return false;
        }

        var next = match.End;
        return next < marks.Length && SameSentence(article, match.First, next) && !HasCommaBetween(article, next - 1, next)
            && s_venueEvents.Contains(article.Tokens[next].ExactKey(article.Folded));
    }

    /// <summary>
    /// "returned from Tunis, where they attended a course", "à Tunis, où", "a Roma, dove", "من القاهرة حيث": a name that a
    /// relative clause of place follows is where something happened, not who did it.
    /// </summary>
    private static bool IsFollowedByWhere(ArticleText article, PhraseMatch match)
    {
        var next = match.End;
        if (next >= article.Tokens.Count || !SameSentence(article, match.First, next))
        {
            return false;
        }

        // Folding makes "où" (where) and "ou" (or) one key: the French word needs its accent.
        var token = article.Tokens[next];
        return s_whereWords.Contains(token.ExactKey(article.Folded)) || article.Joined.AsSpan(token.Start, token.Length).Equals("où", StringComparison.OrdinalIgnoreCase);
    }
}
