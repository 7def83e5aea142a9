namespace Monitor.Hosting;

/// <summary>
/// The functions this process can run, checked against the catalog both ways: a catalog entry without an
/// implementation would make the host call a route that does not exist, and an implementation without a
/// catalog entry would get no function.json and never run.
/// </summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, MonitorFunction> _functions;

    public FunctionRegistry(IEnumerable<FunctionDefinition> catalog, IEnumerable<MonitorFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(functions);
        Catalog = [.. catalog];
        _functions = new Dictionary<string, MonitorFunction>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var function in functions)
        {
            if (!_functions.TryAdd(function.Name, function))
            {
                problems.Add($"'{function.Name}' is registered twice.");
            }
        }

        foreach (var definition in Catalog)
        {
            if (!_functions.TryGetValue(definition.Name, out var function))
            {
                problems.Add($"'{definition.Name}' is in the catalog but has no implementation registered.");
            }
            else if (!SameBindings(definition, function.Definition))
            {
                problems.Add($"'{definition.Name}' is implemented with bindings that differ from the catalog.");
            }
        }

        foreach (var name in _functions.Keys.Where(n => !Catalog.Any(d => string.Equals(d.Name, n, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add($"'{name}' is registered but missing from the catalog, so it would have no function.json.");
        }

        if (problems.Count > 0)
        {
            throw new FunctionCatalogMismatchException(problems);
        }
    }

    public IReadOnlyList<FunctionDefinition> Catalog { get; }

    public IReadOnlyCollection<MonitorFunction> Functions => _functions.Values;

    public bool TryGet(string name, out MonitorFunction function) => _functions.TryGetValue(name, out function!);

    private static bool SameBindings(FunctionDefinition a, FunctionDefinition b) =>
        a.Trigger == b.Trigger && a.Outputs.SequenceEqual(b.Outputs);
}
