using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// Place shapes a country name takes besides "in Egypt": after a place adjective ("in neighbouring Tunisia"), after an
/// unknown town ("in Hammamet, Tunisia") and further down a list that a place preposition opened ("from Libya and Tunisia").
/// </summary>
internal sealed partial class FactExtractor
{
    /// <summary>Words of the names a place list may run back over ("from Libya, Tunisia and Algeria").</summary>
    private const int ListNameWords = 8;

    /// <summary>Words of a town's name before "Tunisia" in "in Hammamet, Tunisia".</summary>
    private const int UnknownPlaceWords = 3;

    /// <summary>"in neighbouring Tunisia", "from southern Algeria": adjectives standing before the name.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeAdjectives =
        new HashSet<string>(
            ["neighbouring", "neighboring", "nearby", "southern", "northern", "eastern", "western", "central", "coastal", "landlocked", "mainland", "voisin", "voisine", "vicina", "vicino", "limitrofa"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of a route list a movement preposition may open ("move between Libya, Niger, Chad and Sudan").</summary>
    private const int RouteListWords = 12;

    /// <summary>
    /// The last words of movement phrases ("move between", "travel through", "smuggled across"): the names listed after
    /// them, commas and all, are the route. Plain "between" is not one ("talks between Libya, Italy and Malta").
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_routePrepositions =
        new HashSet<string>(["between", "through", "via", "across", "into", "entre", "par", "tra", "fra", "attraverso", "verso", "عبر", "بين"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "militants move between Libya, Niger, Chad and Sudan", "smugglers travel through Niger and Chad": back over names,
    /// commas and joiners to a movement phrase (a place preposition ending in "between", "through", "across"...).
    /// </summary>
    private static bool InsideRouteList(ArticleText article, Mark[] marks, int first)
    {
        for (var t = first - 1; t >= Math.Max(0, first - RouteListWords) && SameSentence(article, t, first); t--)
        {
            var key = article.Tokens[t].ExactKey(article.Folded);
            if ((marks[t] & Mark.PlacePreposition) != 0)
            {
                return s_routePrepositions.Contains(key);
            }

            if ((marks[t] & Mark.Entity) == 0 && !s_listJoiners.Contains(key) && !s_definiteArticles.Contains(key) && !IsWord(article, t, "both"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "at a hotel in Hammamet, Tunisia", "headquartered in Stuttgart, Germany": a country after a town the taxonomy does not
    /// know, itself after a place preposition.
    /// </summary>
    private static bool IsCountryOfUnknownPlace(ArticleText article, Mark[] marks, int first)
    {
        var t = first - 1;
        if (t < 0 || !SameSentence(article, t, first) || !article.Joined.AsSpan(article.Tokens[t].End, article.Tokens[first].Start - article.Tokens[t].End).Trim().SequenceEqual(","))
        {
            return false;
        }

        for (var k = 0; k < UnknownPlaceWords && t >= 1 && SameSentence(article, t - 1, first); k++, t--)
        {
            if ((article.Tokens[t].Flags & TokenFlags.InitialUpper) == 0 || (marks[t] & Mark.Entity) != 0)
            {
                return false;
            }

            if ((marks[t - 1] & Mark.PlacePreposition) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "crossings from Libya and Tunisia": back over names joined by "and" (no commas: "In Tripoli, Libya and Italy signed"
    /// ends the place at the comma) to a place preposition.
    /// </summary>
    private static bool ListAfterPlacePreposition(ArticleText article, Mark[] marks, int first)
    {
        var t = first - 1;
        if (t >= 1 && s_definiteArticles.Contains(article.Tokens[t].ExactKey(article.Folded)))
        {
            t--;
        }

        if (t < 1 || !SameSentence(article, t, first) || !s_listJoiners.Contains(article.Tokens[t].ExactKey(article.Folded)))
        {
            return false;
        }

        t--;
        var names = 0;
        while (t >= 0 && SameSentence(article, t, first) && !HasCommaBetween(article, t, t + 1) && names < ListNameWords)
        {
            if ((marks[t] & Mark.Entity) != 0)
            {
                names++;
            }
            else if (names == 0 || !s_listJoiners.Contains(article.Tokens[t].ExactKey(article.Folded)))
            {
                break;
            }

            t--;
        }

        // "authorities in both Libya and Tunisia".
        if (names > 0 && t >= 1 && IsWord(article, t, "both") && SameSentence(article, t, first))
        {
            t--;
        }

        return names > 0 && t >= 0 && SameSentence(article, t, first) && !HasCommaBetween(article, t, t + 1) && (marks[t] & Mark.PlacePreposition) != 0;
    }
}
