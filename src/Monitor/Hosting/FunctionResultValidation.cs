namespace Monitor.Hosting;

/// <summary>Checks that a function only writes to output bindings it declared.</summary>
public static class FunctionResultValidation
{
    /// <exception cref="InvalidOperationException">A message targets an undeclared binding.</exception>
    public static void EnsureOutputsDeclared(FunctionDefinition definition, FunctionResult result)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var binding in result.Outputs.Keys)
        {
            if (definition.FindOutput(binding) is null)
            {
                throw new InvalidOperationException(
                    $"{definition.Name} wrote to output binding '{binding}', which its definition does not declare.");
            }
        }
    }
}
