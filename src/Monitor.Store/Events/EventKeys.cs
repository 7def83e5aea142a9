using Monitor.Events;
using Monitor.Store.Keys;

namespace Monitor.Store.Events;

/// <summary>
/// Events: PartitionKey = watched country, RowKey = event id. EventIndex: PartitionKey = country + "|" + <c>yyyyMMdd</c> of
/// the event date (of first seen when undated), RowKey = event id; a date window is one PartitionKey range per country.
/// </summary>
public static class EventKeys
{
    private const char Separator = '|';

    public static string Partition(string watchedCountry) => TableKeys.ForValue(watchedCountry.ToLowerInvariant());

    public static string Row(string eventId) => TableKeys.ForValue(eventId);

    /// <summary>The day an event is indexed under.</summary>
    public static DateOnly BucketDay(CooperationEvent cooperationEvent) =>
        cooperationEvent.Date ?? DateOnly.FromDateTime(cooperationEvent.FirstSeen.UtcDateTime);

    public static string IndexPartition(string watchedCountry, DateOnly day) =>
        Partition(watchedCountry) + Separator + TableKeys.Day(day);

    public static string IndexPartition(CooperationEvent cooperationEvent) =>
        IndexPartition(cooperationEvent.WatchedCountry, BucketDay(cooperationEvent));
}
