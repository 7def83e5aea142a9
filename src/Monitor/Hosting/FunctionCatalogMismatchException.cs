namespace Monitor.Hosting;

/// <summary>The registered functions and the catalog disagree; the process must not start.</summary>
public sealed class FunctionCatalogMismatchException : Exception
{
    public FunctionCatalogMismatchException(IReadOnlyList<string> problems)
        : base("The function catalog and the registered functions disagree: " + string.Join(" ", problems ?? [])) =>
        Problems = problems ?? [];

    public FunctionCatalogMismatchException()
        : this([])
    {
    }

    public FunctionCatalogMismatchException(string message)
        : base(message) => Problems = [message];

    public FunctionCatalogMismatchException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }
}
