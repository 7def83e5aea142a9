using System.Text;
using System.Text.Json;

namespace Monitor.Hosting.FunctionJson;

/// <summary>
/// Generates the host's <c>&lt;Name&gt;/function.json</c> files from function definitions, so bindings are
/// written once, in code, and can never drift from the handler's routes.
/// </summary>
public static class FunctionJsonWriter
{
    /// <summary>The app setting (or prefix, for identity-based connections) that names the storage account.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>Writes one folder per function under <paramref name="outputDirectory"/>.</summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteAll(IEnumerable<FunctionDefinition> definitions, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var written = new List<string>();
        foreach (var definition in definitions)
        {
            var folder = Path.Combine(outputDirectory, definition.Name);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "function.json");
            File.WriteAllText(path, Render(definition), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }

        return written;
    }

    /// <summary>The function.json text for one function.</summary>
    public static string Render(FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("bindings");
            WriteTrigger(writer, definition.Trigger);
            foreach (var output in definition.Outputs)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "queue");
                writer.WriteString("direction", "out");
                writer.WriteString("name", output.BindingName);
                writer.WriteString("queueName", output.QueueName);
                writer.WriteString("connection", StorageConnection);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTrigger(Utf8JsonWriter writer, FunctionTrigger trigger)
    {
        writer.WriteStartObject();
        switch (trigger)
        {
            case TimerTrigger timer:
                writer.WriteString("type", "timerTrigger");
                writer.WriteString("direction", "in");
                writer.WriteString("name", timer.BindingName);
                writer.WriteString("schedule", timer.Schedule);
                // Never on start-up in production: every scale-out or restart would poll again.
                writer.WriteBoolean("runOnStartup", false);
                writer.WriteBoolean("useMonitor", true);
                break;
            case QueueTrigger queue:
                writer.WriteString("type", "queueTrigger");
                writer.WriteString("direction", "in");
                writer.WriteString("name", queue.BindingName);
                writer.WriteString("queueName", queue.QueueName);
                writer.WriteString("connection", StorageConnection);
                break;
            default:
                throw new NotSupportedException($"No function.json mapping for trigger {trigger.GetType().Name}.");
        }

        writer.WriteEndObject();
    }
}
