using Azure.Data.Tables;
using Monitor.Feeds;
using Monitor.Store.Keys;
using Monitor.Store.Tables;

namespace Monitor.Store.Feeds;

/// <summary>Maps <see cref="FeedSubscription"/> to and from a row of the Feeds table.</summary>
internal static class FeedEntityMapper
{
    public const string Partition = "feed";

    public static string RowKey(string feedId) => TableKeys.ForValue(feedId);

    public static TableEntity ToEntity(FeedSubscription feed) => new(Partition, RowKey(feed.Id))
    {
        ["Id"] = feed.Id,
        ["Url"] = TableValues.Clip(feed.Url.AbsoluteUri, TableValues.MaxStringLength),
        ["Title"] = TableValues.Clip(feed.Title, 1_000),
        ["HttpETag"] = TableValues.Clip(feed.ETag, 1_000),
        ["LastModified"] = TableValues.Clip(feed.LastModified, 200),
        ["LastPolledAt"] = TableValues.Date(feed.LastPolledAt),
        ["NextPollAt"] = TableValues.Date(feed.NextPollAt),
        ["LastError"] = TableValues.Clip(feed.LastError, 4_000),
        ["LastErrorKind"] = TableValues.Clip(feed.LastErrorKind, 200),
        ["ConsecutiveFailures"] = feed.ConsecutiveFailures,
        ["Enabled"] = feed.Enabled,
        ["DisabledReason"] = TableValues.Clip(feed.DisabledReason, 4_000),
        ["CreatedAt"] = TableValues.Date(feed.CreatedAt),
    };

    public static FeedSubscription FromEntity(TableEntity entity) => new()
    {
        Id = entity.GetString("Id") ?? TableKeys.ToValue(entity.RowKey) ?? entity.RowKey,
        Url = new Uri(entity.GetString("Url") ?? throw new InvalidDataException($"Feed row '{entity.RowKey}' has no URL.")),
        Title = entity.GetString("Title"),
        ETag = entity.GetString("HttpETag"),
        LastModified = entity.GetString("LastModified"),
        LastPolledAt = entity.GetDateTimeOffset("LastPolledAt"),
        NextPollAt = entity.GetDateTimeOffset("NextPollAt") ?? TableValues.MinDate,
        LastError = entity.GetString("LastError"),
        LastErrorKind = entity.GetString("LastErrorKind"),
        ConsecutiveFailures = entity.GetInt32("ConsecutiveFailures") ?? 0,
        Enabled = entity.GetBoolean("Enabled") ?? true,
        DisabledReason = entity.GetString("DisabledReason"),
        CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? TableValues.MinDate,
    };
}
