using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// Border posts and crossings named as one workplace among others ("officers who work at disembarkation points,
/// detention centres and border posts", "kits for use at border crossings and seaports"): the border is where something
/// happens, not the object of the cooperation, so the term counts for little on its own.
/// </summary>
internal sealed partial class FactExtractor
{
    internal const string BorderSecurityId = "border_security";

    /// <summary>What a border place listed among other places still weighs: a hint, never enough alone.</summary>
    private const double IncidentalPlaceFactor = 0.3;

    /// <summary>How many words away a listed place may stand from the border term in the same sentence.</summary>
    private const int PlaceListWindow = 6;

    /// <summary>Last words of a border term that name a place ("border posts", "border crossings", "poste frontalier").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_borderPlaceHeads =
        new HashSet<string>(
            ["post", "posts", "crossing", "crossings", "point", "points", "checkpoint", "checkpoints", "frontalier", "frontaliers"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Places that are not borders, listed with one: ports, airports, stations, camps, centres, homes.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_otherPlaces =
        new HashSet<string>(
            ["seaport", "seaports", "port", "ports", "airport", "airports", "harbour", "harbours", "harbor", "harbors", "station", "stations",
             "centres", "centers", "centre", "center", "residences", "homes", "markets", "hospitals", "warehouses", "prisons", "camps",
             "aeroports", "aeroport", "gares", "gare", "aeroporti", "aeroporto", "porti", "stazioni", "porto"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The border term names a place ("border posts") and its sentence lists another kind of place next to it
    /// ("at border crossings, bus stations and private residences").
    /// </summary>
    private static bool IsIncidentalBorderPlace(ArticleText article, PhraseMatch match)
    {
        var tokens = article.Tokens;
        if (!s_borderPlaceHeads.Contains(tokens[match.End - 1].ExactKey(article.Folded)))
        {
            return false;
        }

        var from = Math.Max(0, match.First - PlaceListWindow);
        var to = Math.Min(tokens.Count, match.End + PlaceListWindow);
        for (var t = from; t < to; t++)
        {
            if ((t < match.First || t >= match.End) && SameSentence(article, t, match.First) && s_otherPlaces.Contains(tokens[t].ExactKey(article.Folded)))
            {
                return true;
            }
        }

        return false;
    }
}
