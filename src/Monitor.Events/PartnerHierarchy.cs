namespace Monitor.Events;

/// <summary>Parent relations between partner ids ("us-dea" belongs to "us"), used to match reports that name either.</summary>
public static class PartnerHierarchy
{
    /// <summary>
    /// The taxonomy's id convention: an agency's id is its parent's id, a hyphen, then its own name ("us-dea" -> "us").
    /// Ids without a hyphen ("eu", "unodc") are top level.
    /// </summary>
    public static string? ParentByConvention(string partnerId)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        var hyphen = partnerId.LastIndexOf('-');
        return hyphen > 0 ? partnerId[..hyphen] : null;
    }

    /// <summary>The ids and all their ancestors, in first-seen order, without duplicates.</summary>
    public static IReadOnlyList<string> WithParents(IEnumerable<string> partnerIds, Func<string, string?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(partnerIds);
        ArgumentNullException.ThrowIfNull(parentOf);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var id in partnerIds)
        {
            // Bounded walk: a malformed hierarchy with a cycle must not hang grouping.
            var current = id;
            for (var depth = 0; current is not null && depth < 8; depth++)
            {
                if (seen.Add(current))
                {
                    result.Add(current);
                }

                current = parentOf(current);
            }
        }

        return result;
    }

    /// <summary>The ids without those that are an ancestor of another id in the set: the most specific partners, for display.</summary>
    public static IReadOnlyList<string> MostSpecific(IReadOnlyCollection<string> partnerIds, Func<string, string?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(partnerIds);
        ArgumentNullException.ThrowIfNull(parentOf);
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in partnerIds)
        {
            foreach (var ancestor in WithParents([id], parentOf).Skip(1))
            {
                ancestors.Add(ancestor);
            }
        }

        return partnerIds.Where(id => !ancestors.Contains(id)).ToList();
    }
}
