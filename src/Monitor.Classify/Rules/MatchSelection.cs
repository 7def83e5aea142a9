using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// Overlap resolution: within one group of phrase kinds the longest match starting leftmost wins ("United Nations
/// Office on Drugs and Crime" over "United Nations"; the blocker "cross-border" over "border security"), while matches
/// of different groups may overlap (an institution name may also carry a domain term).
/// </summary>
internal static class MatchSelection
{
    public static int GroupOf(EntryKind kind) => kind switch
    {
        EntryKind.Partner or EntryKind.Demonym or EntryKind.Actor or EntryKind.GenericActor or EntryKind.City or EntryKind.Place => 0,
        EntryKind.Domain or EntryKind.DomainBlocker => 1,
        EntryKind.Security or EntryKind.SecurityBlocker => 2,
        _ => 3 + (int)kind,
    };

    public static void KeepLongest(List<PhraseMatch> all, List<PhraseMatch> kept)
    {
        all.Sort(static (a, b) =>
        {
            var byGroup = GroupOf(a.Entry.Kind).CompareTo(GroupOf(b.Entry.Kind));
            if (byGroup != 0)
            {
                return byGroup;
            }

            var byStart = a.First.CompareTo(b.First);
            return byStart != 0 ? byStart : b.End.CompareTo(a.End);
        });

        var group = -1;
        var coveredUntil = 0;
        var keptStart = -1;
        var keptEnd = -1;
        foreach (var match in all)
        {
            var g = GroupOf(match.Entry.Kind);
            if (g != group)
            {
                group = g;
                coveredUntil = 0;
                keptStart = keptEnd = -1;
            }

            if (match.First == keptStart && match.End == keptEnd)
            {
                kept.Add(match); // same span, another meaning (e.g. a city that is also a place)
                continue;
            }

            if (match.First < coveredUntil)
            {
                continue;
            }

            kept.Add(match);
            keptStart = match.First;
            keptEnd = match.End;
            coveredUntil = match.End;
        }

        kept.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.End.CompareTo(b.End));
    }
}
