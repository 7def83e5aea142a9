using System.Globalization;
using System.Text.Json;

namespace Monitor.Hosting;

/// <summary>
/// Decodes trigger payloads defensively. Queue messages reach a custom handler as a JSON string whose
/// content is the message (sometimes JSON-encoded twice), or as an object; the local runner reads the
/// raw text. Both end up as the same <see cref="JsonElement"/>.
/// </summary>
public static class TriggerPayload
{
    /// <summary>A string nested deeper than this is treated as text, not unwrapped further.</summary>
    private const int MaxUnwrapDepth = 4;

    /// <summary>The message as the host delivered it under <c>Data.msg</c>.</summary>
    public static JsonElement DecodeMessage(JsonElement raw) =>
        raw.ValueKind == JsonValueKind.String ? DecodeMessageText(raw.GetString() ?? string.Empty) : raw.Clone();

    /// <summary>The message from its text: JSON (unwrapped while it is a JSON-encoded string) or plain text as a JSON string.</summary>
    public static JsonElement DecodeMessageText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var current = text;
        for (var depth = 0; depth < MaxUnwrapDepth; depth++)
        {
            if (!TryParse(current, out var parsed))
            {
                break;
            }

            if (parsed.ValueKind != JsonValueKind.String)
            {
                return parsed;
            }

            current = parsed.GetString() ?? string.Empty;
        }

        return JsonSerializer.SerializeToElement(current);
    }

    /// <summary>The timer payload (<c>Data.timer</c>); ScheduleStatus may be null or absent.</summary>
    public static TimerInfo DecodeTimer(JsonElement raw)
    {
        if (raw.ValueKind == JsonValueKind.String && TryParse(raw.GetString() ?? string.Empty, out var inner))
        {
            raw = inner;
        }

        if (raw.ValueKind != JsonValueKind.Object)
        {
            return new TimerInfo(null, false);
        }

        TimerScheduleStatus? status = null;
        if (TryGetProperty(raw, "ScheduleStatus", out var statusElement) && statusElement.ValueKind == JsonValueKind.Object)
        {
            status = new TimerScheduleStatus(
                ReadTime(statusElement, "Last"), ReadTime(statusElement, "Next"), ReadTime(statusElement, "LastUpdated"));
        }

        var pastDue = TryGetProperty(raw, "IsPastDue", out var pastDueElement) && pastDueElement.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => bool.TryParse(pastDueElement.GetString(), out var value) && value,
            _ => false,
        };
        return new TimerInfo(status, pastDue);
    }

    /// <summary>Reads an integer that the host may send as a number or a string (DequeueCount).</summary>
    public static long ReadInt64(IReadOnlyDictionary<string, JsonElement> metadata, string name)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var found = metadata.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        return found.Key is null ? 0 : found.Value.ValueKind switch
        {
            JsonValueKind.Number when found.Value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(found.Value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
            _ => 0,
        };
    }

    /// <summary>Reads a string value (Id, PopReceipt) from metadata, case-insensitively.</summary>
    public static string? ReadString(IReadOnlyDictionary<string, JsonElement> metadata, string name)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var found = metadata.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        return found.Key is not null && found.Value.ValueKind == JsonValueKind.String ? found.Value.GetString() : null;
    }

    /// <summary>Finds a property ignoring case: the host's casing is not part of any contract.</summary>
    public static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    private static DateTimeOffset? ReadTime(JsonElement element, string name) =>
        TryGetProperty(element, name, out var value) && value.ValueKind == JsonValueKind.String &&
        DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    private static bool TryParse(string text, out JsonElement element)
    {
        var trimmed = text.AsSpan().Trim();
        // Only text that starts like JSON is parsed: a plain word must stay a word.
        if (trimmed.IsEmpty || !(trimmed[0] is '{' or '[' or '"' || char.IsDigit(trimmed[0]) || trimmed[0] == '-' ||
            trimmed is "true" or "false" or "null"))
        {
            element = default;
            return false;
        }

        try
        {
            element = JsonSerializer.Deserialize<JsonElement>(text);
            return true;
        }
        catch (JsonException)
        {
            element = default;
            return false;
        }
    }
}
