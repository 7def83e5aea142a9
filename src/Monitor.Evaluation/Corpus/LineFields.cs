using System.Text.Json;

namespace Monitor.Evaluation.Corpus;

/// <summary>Typed access to the fields of one corpus line, with errors that name the line and the field.</summary>
internal readonly struct LineFields(JsonElement element, string source, int lineNumber, string path = "")
{
    public CorpusFormatException Error(string problem) => new(source, lineNumber, problem);

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Error($"\"{path}{name}\" is required");

    public string? OptionalString(string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Error($"\"{path}{name}\" must be a string, found {value.ValueKind}");
    }

    public bool RequiredBool(string name) =>
        OptionalBool(name) ?? throw Error($"\"{path}{name}\" is required");

    public bool? OptionalBool(string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"\"{path}{name}\" must be true or false, found {value.ValueKind}"),
        };
    }

    public IReadOnlyList<string> StringList(string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"\"{path}{name}\" must be an array of strings");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Error($"\"{path}{name}\" must contain only strings, found {item.ValueKind}");
            }

            var text = item.GetString()!.Trim();
            if (text.Length > 0)
            {
                items.Add(text);
            }
        }

        return items;
    }

    public LineFields RequiredObject(string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw Error($"\"{path}{name}\" must be an object");
        }

        return new LineFields(value, source, lineNumber, $"{path}{name}.");
    }
}
