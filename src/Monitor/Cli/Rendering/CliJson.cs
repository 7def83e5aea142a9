using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Monitor.Classify;
using Monitor.Events;
using Monitor.Feeds;
using Monitor.Store.Articles;

namespace Monitor.Cli.Rendering;

/// <summary>The JSON the verbs print with --json: camelCase, enums as strings, indented, nulls left out.</summary>
public static class CliJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        TypeInfoResolver = CliJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },

        // Printed for people and scripts, never embedded in HTML: keep accented names and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)s_options.GetTypeInfo(typeof(T)));
}

[JsonSerializable(typeof(Classification))]
[JsonSerializable(typeof(IReadOnlyList<FeedSubscription>))]
[JsonSerializable(typeof(IReadOnlyList<StoredArticle>))]
[JsonSerializable(typeof(IReadOnlyList<CooperationEvent>))]
[JsonSerializable(typeof(CooperationEvent))]
[JsonSerializable(typeof(StoredArticle))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
