namespace Monitor.Hosting;

/// <summary>
/// A function as the Functions host sees it: its name (the folder of its function.json and the route
/// <c>POST /{Name}</c>), its trigger and its queue outputs.
/// </summary>
public sealed record FunctionDefinition
{
    public FunctionDefinition(string name, FunctionTrigger trigger, params IReadOnlyList<QueueOutputBinding> outputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Select(o => o.BindingName).Append(trigger.BindingName).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            throw new ArgumentException($"Function '{name}' has two bindings with the same name.", nameof(outputs));
        }

        Name = name;
        Trigger = trigger;
        Outputs = outputs;
    }

    public string Name { get; }

    public FunctionTrigger Trigger { get; }

    public IReadOnlyList<QueueOutputBinding> Outputs { get; }

    /// <summary>The output bound to <paramref name="bindingName"/>, or null.</summary>
    public QueueOutputBinding? FindOutput(string bindingName) =>
        Outputs.FirstOrDefault(o => string.Equals(o.BindingName, bindingName, StringComparison.OrdinalIgnoreCase));
}
