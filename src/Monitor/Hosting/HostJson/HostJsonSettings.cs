using System.Globalization;
using System.Text.Json;
using Monitor.Store.Queues;

namespace Monitor.Hosting.HostJson;

/// <summary>
/// The parts of host.json the local runner must honour so that it behaves as the Functions host does:
/// queue semantics (<c>extensions.queues</c>) and the function timeout. Comments and trailing commas are
/// accepted, as the host accepts them; missing values take the host's defaults.
/// </summary>
public sealed record HostJsonSettings
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public QueueProcessingOptions Queues { get; init; } = new();

    /// <summary>The longest a single invocation may run; null when host.json leaves it to the plan.</summary>
    public TimeSpan? FunctionTimeout { get; init; }

    /// <summary>Where the settings were read from (a path, or "embedded").</summary>
    public string Source { get; init; } = "defaults";

    /// <summary>Reads host.json from the first place <see cref="HostJsonLocator"/> finds it.</summary>
    public static HostJsonSettings Load(string? explicitPath = null)
    {
        var located = HostJsonLocator.Locate(explicitPath);
        return Parse(located.Text, located.Source);
    }

    /// <exception cref="HostJsonException">The text is not valid JSON or a value is out of range.</exception>
    public static HostJsonSettings Parse(string json, string source = "text")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            var root = document.RootElement;
            var queues = new QueueProcessingOptions();
            if (TriggerPayload.TryGetProperty(root, "extensions", out var extensions) &&
                TriggerPayload.TryGetProperty(extensions, "queues", out var section))
            {
                queues = ReadQueues(section, queues);
            }

            return new HostJsonSettings
            {
                Queues = queues.Validate(),
                FunctionTimeout = TriggerPayload.TryGetProperty(root, "functionTimeout", out var timeout) ? ReadTimeSpan(timeout, "functionTimeout") : null,
                Source = source,
            };
        }
        catch (JsonException e)
        {
            throw new HostJsonException($"{source} is not valid JSON: {e.Message}", e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new HostJsonException($"{source}: {e.Message}", e);
        }
    }

    private static QueueProcessingOptions ReadQueues(JsonElement section, QueueProcessingOptions defaults)
    {
        var batchSize = ReadInt(section, "batchSize") ?? defaults.BatchSize;
        return defaults with
        {
            BatchSize = batchSize,
            // The host's default threshold is half the batch size.
            NewBatchThreshold = ReadInt(section, "newBatchThreshold") ?? batchSize / 2,
            MaxDequeueCount = ReadInt(section, "maxDequeueCount") ?? defaults.MaxDequeueCount,
            VisibilityTimeout = ReadTimeSpanProperty(section, "visibilityTimeout") ?? defaults.VisibilityTimeout,
            MaxPollingInterval = ReadTimeSpanProperty(section, "maxPollingInterval") ?? defaults.MaxPollingInterval,
            MessageEncoding = ReadEncoding(section) ?? defaults.MessageEncoding,
        };
    }

    private static int? ReadInt(JsonElement section, string name)
    {
        if (!TriggerPayload.TryGetProperty(section, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
            _ => throw new HostJsonException($"extensions.queues.{name} must be an integer."),
        };
    }

    private static TimeSpan? ReadTimeSpanProperty(JsonElement section, string name) =>
        TriggerPayload.TryGetProperty(section, name, out var value) ? ReadTimeSpan(value, name) : null;

    private static TimeSpan ReadTimeSpan(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.String &&
        TimeSpan.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var span)
            ? span
            : throw new HostJsonException($"{name} must be a time span such as \"00:00:30\".");

    private static WorkQueueEncoding? ReadEncoding(JsonElement section)
    {
        if (!TriggerPayload.TryGetProperty(section, "messageEncoding", out var value))
        {
            return null;
        }

        return value.GetString()?.ToLowerInvariant() switch
        {
            "base64" => WorkQueueEncoding.Base64,
            "none" => WorkQueueEncoding.None,
            var other => throw new HostJsonException($"messageEncoding must be \"base64\" or \"none\", not \"{other}\"."),
        };
    }
}
