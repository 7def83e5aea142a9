using System.Globalization;

namespace Monitor.Events;

/// <summary>One line an analyst reads first: "Libya (Anti-Narcotics Agency) and US DEA: agreement on narcotics, Cairo, 2025-10-30".</summary>
public static class EventSummary
{
    private const int MaxNamesPerList = 3;

    public static string Build(CooperationEvent cooperationEvent, Func<string, string> displayName, Func<string, string?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(cooperationEvent);
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(parentOf);

        var country = displayName(cooperationEvent.WatchedCountry);
        var actors = NameList(cooperationEvent.Actors.Select(displayName));
        var partners = NameList(PartnerHierarchy.MostSpecific(cooperationEvent.Partners, parentOf).Select(displayName));
        var head = actors.Length == 0 ? country : $"{country} ({actors})";
        if (partners.Length > 0)
        {
            head += $" and {partners}";
        }

        var what = cooperationEvent.Types.Count == 0
            ? "cooperation"
            : string.Join(" and ", cooperationEvent.Types.Select(Humanize));
        if (cooperationEvent.Domains.Count > 0)
        {
            what += " on " + string.Join(", ", cooperationEvent.Domains.Select(Humanize));
        }

        var parts = new List<string> { what };
        if (!string.IsNullOrWhiteSpace(cooperationEvent.Place))
        {
            parts.Add(cooperationEvent.Place.Trim());
        }

        if (cooperationEvent.Date is { } date)
        {
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return $"{head}: {string.Join(", ", parts)}";
    }

    private static string NameList(IEnumerable<string> names)
    {
        var distinct = names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", distinct.Take(MaxNamesPerList));
        return distinct.Count > MaxNamesPerList ? $"{shown} +{distinct.Count - MaxNamesPerList}" : shown;
    }

    private static string Humanize(string id) => id.Replace('_', ' ');
}
