using Azure.Data.Tables;
using Monitor.Events;

namespace Monitor.Store.Events;

/// <summary>
/// A row of the EventIndex table: the event's id under its country and day, with the partners it lists, so a
/// candidate look-up reads only the events that share a partner with the report.
/// </summary>
internal static class EventIndexEntry
{
    public const string PartnersProperty = "Partners";
    public const string EventPartitionProperty = "EventPartition";

    private const char Separator = '|';

    /// <summary>Longer partner lists are left out of the entry (the event is then always read); a table string holds 32K chars.</summary>
    private const int MaxPartnersLength = 30_000;

    public static TableEntity For(CooperationEvent cooperationEvent, string eventPartition)
    {
        var entry = new TableEntity(EventKeys.IndexPartition(cooperationEvent), EventKeys.Row(cooperationEvent.Id))
        {
            [EventPartitionProperty] = eventPartition,
        };
        var partners = string.Join(Separator, cooperationEvent.Partners);
        if (partners.Length <= MaxPartnersLength)
        {
            entry[PartnersProperty] = partners;
        }

        return entry;
    }

    /// <summary>
    /// False only when the entry lists its partners and none is among <paramref name="partners"/>. Entries written
    /// before partners were indexed, and queries without partners, keep every event.
    /// </summary>
    public static bool MaySharePartner(TableEntity entry, IReadOnlyCollection<string> partners)
    {
        if (partners.Count == 0 || entry.GetString(PartnersProperty) is not { } listed)
        {
            return true;
        }

        foreach (var partner in listed.Split(Separator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (partners.Contains(partner, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
