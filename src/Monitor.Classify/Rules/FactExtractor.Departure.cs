using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// The watched country as the point a ship, a shipment or a crossing left from: "a vessel that had sailed from the
/// Libyan port of Benghazi", "migrants departing from Zuwara". Another country's seizure of it is not cooperation with it.
/// </summary>
internal sealed partial class FactExtractor
{
    /// <summary>Words from a movement's "from" to the watched name: "sailed from the Libyan port of Benghazi".</summary>
    private const int DepartureReach = 5;

    /// <summary>The last words of movement phrases that name where something left from ("sailed from", "proveniente da").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_departurePrepositions =
        new HashSet<string>(["from", "de", "du", "da", "dal", "dalla", "من"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before "from" that make it a way home, not a point of departure: "returned from Tripoli", "back from".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_returnWords =
        new HashSet<string>(["returned", "returning", "returns", "back", "عاد", "عادت", "عادوا", "العائد", "الوفد"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Back from a watched name over plain lower-case words ("the", "port of"), other watched words ("Libyan") and
    /// nothing else to a movement phrase that ends in "from".
    /// </summary>
    private static bool IsPointOfDeparture(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var tokens = article.Tokens;
        for (var t = match.First - 1; t >= Math.Max(0, match.First - DepartureReach) && SameSentence(article, t, match.First); t--)
        {
            if (HasCommaBetween(article, t, t + 1))
            {
                return false;
            }

            if ((marks[t] & Mark.PlacePreposition) != 0)
            {
                return s_departurePrepositions.Contains(tokens[t].ExactKey(article.Folded))
                    && !(t > 0 && s_returnWords.Contains(tokens[t - 1].ExactKey(article.Folded)));
            }

            if (!IsPlainWord(article, marks, t) && (marks[t] & Mark.Watched) == 0)
            {
                return false;
            }
        }

        return false;
    }
}
