using System.Text.Json.Serialization;
using Monitor.Classify;
using Monitor.Events;

namespace Monitor.Store.Serialization;

/// <summary>Source-generated metadata for everything the store keeps as JSON: camelCase, enums as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Classification))]
[JsonSerializable(typeof(CooperationEvent))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<EventSource>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
