using System.Text.Json;

namespace Monitor.Hosting;

/// <summary>
/// What a function hands back: messages per output binding and log lines for the host. Messages are
/// kept as JSON objects, never strings, because the host may base64-decode a string that looks like base64.
/// </summary>
public sealed class FunctionResult
{
    private static readonly JsonSerializerOptions DefaultJson = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, List<JsonElement>> _outputs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _logs = [];

    public IReadOnlyDictionary<string, List<JsonElement>> Outputs => _outputs;

    public IReadOnlyList<string> Logs => _logs;

    /// <summary>Returned to the host as <c>ReturnValue</c>; rarely needed.</summary>
    public JsonElement? ReturnValue { get; set; }

    /// <summary>Adds a message to an output binding (serialised with web defaults unless given).</summary>
    public FunctionResult Output<T>(string bindingName, T message, JsonSerializerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bindingName);
        var element = JsonSerializer.SerializeToElement(message, options ?? DefaultJson);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("Output messages must be JSON objects, so the host never mistakes them for base64.", nameof(message));
        }

        if (!_outputs.TryGetValue(bindingName, out var messages))
        {
            _outputs[bindingName] = messages = [];
        }

        messages.Add(element);
        return this;
    }

    /// <summary>Adds a line to the invocation's log (the host records it with the invocation).</summary>
    public FunctionResult Log(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _logs.Add(line);
        return this;
    }
}
