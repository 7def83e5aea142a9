using Azure.Data.Tables;
using Monitor.Events;
using Monitor.Store.Serialization;
using Monitor.Store.Tables;

namespace Monitor.Store.Events;

/// <summary>Maps <see cref="CooperationEvent"/> to and from a row of the Events table; lists are JSON strings.</summary>
internal static class EventEntityMapper
{
    public const string VersionProperty = "Version";
    public const string IndexPartitionProperty = "IndexPartition";

    public static TableEntity ToEntity(CooperationEvent e) => new(EventKeys.Partition(e.WatchedCountry), EventKeys.Row(e.Id))
    {
        ["Id"] = e.Id,
        ["WatchedCountry"] = e.WatchedCountry,
        ["Summary"] = TableValues.Clip(e.Summary, 8_000),
        ["Date"] = e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Place"] = TableValues.Clip(e.Place, 1_000),
        ["FirstSeen"] = TableValues.Date(e.FirstSeen),
        ["LastUpdated"] = TableValues.Date(e.LastUpdated),
        [VersionProperty] = e.Version,
        [IndexPartitionProperty] = EventKeys.IndexPartition(e),
    };

    /// <summary>Lists grow with every merged report, so each may span several properties.</summary>
    public static TableEntity WithGrowingLists(this TableEntity entity, CooperationEvent e)
    {
        ChunkedProperty.Write(entity, "Types", StoreJson.Serialize(e.Types));
        ChunkedProperty.Write(entity, "Domains", StoreJson.Serialize(e.Domains));
        ChunkedProperty.Write(entity, "Partners", StoreJson.Serialize(e.Partners));
        ChunkedProperty.Write(entity, "Actors", StoreJson.Serialize(e.Actors));
        ChunkedProperty.Write(entity, "Sources", StoreJson.Serialize(e.Sources));
        ChunkedProperty.Write(entity, "People", StoreJson.Serialize(e.People));
        return entity;
    }

    public static CooperationEvent FromEntity(TableEntity entity) => new()
    {
        Id = entity.GetString("Id") ?? entity.RowKey,
        WatchedCountry = entity.GetString("WatchedCountry") ?? entity.PartitionKey,
        Summary = entity.GetString("Summary") ?? string.Empty,
        Types = StoreJson.DeserializeStrings(ChunkedProperty.Read(entity, "Types")),
        Domains = StoreJson.DeserializeStrings(ChunkedProperty.Read(entity, "Domains")),
        Partners = StoreJson.DeserializeStrings(ChunkedProperty.Read(entity, "Partners")),
        Actors = StoreJson.DeserializeStrings(ChunkedProperty.Read(entity, "Actors")),
        People = StoreJson.DeserializeStrings(ChunkedProperty.Read(entity, "People")),
        Date = entity.GetString("Date") is { Length: > 0 } date
            ? DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null,
        Place = entity.GetString("Place"),
        Sources = StoreJson.DeserializeSources(ChunkedProperty.Read(entity, "Sources")),
        FirstSeen = entity.GetDateTimeOffset("FirstSeen") ?? TableValues.MinDate,
        LastUpdated = entity.GetDateTimeOffset("LastUpdated") ?? TableValues.MinDate,
        Version = entity.GetInt32(VersionProperty) ?? 1,
    };
}
