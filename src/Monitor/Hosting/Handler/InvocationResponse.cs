using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitor.Hosting.Handler;

/// <summary>The body the host expects back: <c>{"Outputs": {...}, "Logs": [...], "ReturnValue": ...}</c>.</summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, List<JsonElement>> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] JsonElement? ReturnValue)
{
    public static InvocationResponse From(FunctionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Empty bindings are left out: nothing to write.
        var outputs = result.Outputs.Where(o => o.Value.Count > 0).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
        return new InvocationResponse(outputs, result.Logs, result.ReturnValue);
    }

    public static InvocationResponse Failure(IEnumerable<string> logs) =>
        new(new Dictionary<string, List<JsonElement>>(), [.. logs], null);
}
