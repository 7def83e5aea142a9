using System.Text.Json;
using Monitor.Classify;
using Monitor.Events;

namespace Monitor.Store.Serialization;

/// <summary>The one place that decides how classifications and events look as JSON (camelCase, enums as strings).</summary>
public static class StoreJson
{
    public static JsonSerializerOptions Options => StoreJsonContext.Default.Options;

    public static string Serialize(Classification classification) =>
        JsonSerializer.Serialize(classification, StoreJsonContext.Default.Classification);

    public static Classification? DeserializeClassification(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize(json, StoreJsonContext.Default.Classification);

    public static string Serialize(CooperationEvent cooperationEvent) =>
        JsonSerializer.Serialize(cooperationEvent, StoreJsonContext.Default.CooperationEvent);

    public static CooperationEvent? DeserializeEvent(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize(json, StoreJsonContext.Default.CooperationEvent);

    internal static string Serialize(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values, StoreJsonContext.Default.IReadOnlyListString);

    internal static IReadOnlyList<string> DeserializeStrings(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListString) ?? [];

    internal static string Serialize(IReadOnlyList<EventSource> sources) =>
        JsonSerializer.Serialize(sources, StoreJsonContext.Default.IReadOnlyListEventSource);

    internal static IReadOnlyList<EventSource> DeserializeSources(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListEventSource) ?? [];
}
