using System.Text.Json;

namespace Monitor.Hosting;

/// <summary>
/// One call of a function, already decoded from whichever host delivered it (the Functions host over
/// HTTP or the local runner).
/// </summary>
public sealed record FunctionInvocation
{
    private static readonly JsonSerializerOptions DefaultJson = new(JsonSerializerDefaults.Web);

    public required string FunctionName { get; init; }

    /// <summary>The timer payload, for timer-triggered functions.</summary>
    public TimerInfo? Timer { get; init; }

    /// <summary>
    /// The queue message as JSON, unwrapped when it arrived JSON-encoded inside a string; a plain-text
    /// message is a JSON string. Undefined for timers.
    /// </summary>
    public JsonElement Message { get; init; }

    /// <summary>How many times the queue message has been delivered, this time included (0 for timers).</summary>
    public long DequeueCount { get; init; }

    public string? MessageId { get; init; }

    /// <summary>Everything else the host sent in <c>Metadata</c> (InsertionTime, sys, ...).</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Deserialises the queue message (web defaults: camelCase, case-insensitive).</summary>
    /// <exception cref="InvalidOperationException">There is no message or it does not fit <typeparamref name="T"/>.</exception>
    public T GetMessage<T>(JsonSerializerOptions? options = null)
    {
        if (Message.ValueKind == JsonValueKind.Undefined)
        {
            throw new InvalidOperationException($"{FunctionName} was not invoked with a queue message.");
        }

        try
        {
            return Message.Deserialize<T>(options ?? DefaultJson)
                ?? throw new InvalidOperationException($"The message for {FunctionName} is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The message for {FunctionName} is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}
