using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// Overlap resolution: within one group of phrase kinds the longest match starting leftmost wins ("United Nations
/// Office on Drugs and Crime" over "United Nations"; the blocker "cross-border" over "border security"), while matches
/// of different groups may overlap (an institution name may also carry a domain term).
/// </summary>
internal static class MatchSelection
{
    private const int MaxEnd = (1 << 21) - 1;

    public static int GroupOf(EntryKind kind) => kind switch
    {
        EntryKind.Partner or EntryKind.Demonym or EntryKind.Actor or EntryKind.GenericActor or EntryKind.City or EntryKind.Place => 0,
        EntryKind.Domain or EntryKind.DomainBlocker => 1,
        EntryKind.Security or EntryKind.SecurityBlocker => 2,
        _ => 3 + (int)kind,
    };

    public static void KeepLongest(List<PhraseMatch> all, List<PhraseMatch> kept)
    {
        // One precomputed sort key per match (group, then first word, then longest first) instead of a comparison
        // delegate that recomputes the group on every comparison: this sort runs on every article.
        var count = all.Count;
        var keys = count <= 512 ? stackalloc long[count] : new long[count];
        var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all);
        for (var i = 0; i < count; i++)
        {
            var m = items[i];
            keys[i] = ((long)GroupOf(m.Entry.Kind) << 42) | ((long)m.First << 21) | (long)(MaxEnd - Math.Min(m.End, MaxEnd));
        }

        keys.Sort(items);
        var group = -1;
        var coveredUntil = 0;
        var keptStart = -1;
        var keptEnd = -1;
        var before = kept.Count;
        for (var i = 0; i < count; i++)
        {
            var match = items[i];
            var g = (int)(keys[i] >> 42);
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

        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept)[before..].Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.End.CompareTo(b.End));
    }
}
