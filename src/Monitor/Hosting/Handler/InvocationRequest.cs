using System.Text.Json;

namespace Monitor.Hosting.Handler;

/// <summary>Turns the host's <c>{"Data": {...}, "Metadata": {...}}</c> body into a <see cref="FunctionInvocation"/>.</summary>
public static class InvocationRequest
{
    /// <exception cref="InvalidInvocationRequestException">The body does not carry the function's trigger payload.</exception>
    public static FunctionInvocation Decode(FunctionDefinition definition, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInvocationRequestException("The request body must be a JSON object with Data and Metadata.");
        }

        if (!TriggerPayload.TryGetProperty(body, "Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInvocationRequestException("The request body has no Data object.");
        }

        var metadata = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (TriggerPayload.TryGetProperty(body, "Metadata", out var metadataElement) && metadataElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in metadataElement.EnumerateObject())
            {
                metadata[property.Name] = property.Value.Clone();
            }
        }

        var bindingName = definition.Trigger.BindingName;
        if (!TriggerPayload.TryGetProperty(data, bindingName, out var payload))
        {
            throw new InvalidInvocationRequestException($"Data has no '{bindingName}' entry for {definition.Name}.");
        }

        return definition.Trigger switch
        {
            TimerTrigger => new FunctionInvocation
            {
                FunctionName = definition.Name,
                Timer = TriggerPayload.DecodeTimer(payload),
                Metadata = metadata,
            },
            QueueTrigger => new FunctionInvocation
            {
                FunctionName = definition.Name,
                Message = TriggerPayload.DecodeMessage(payload),
                DequeueCount = TriggerPayload.ReadInt64(metadata, "DequeueCount"),
                MessageId = TriggerPayload.ReadString(metadata, "Id"),
                Metadata = metadata,
            },
            _ => throw new InvalidInvocationRequestException($"{definition.Name} has a trigger the handler cannot decode."),
        };
    }
}
