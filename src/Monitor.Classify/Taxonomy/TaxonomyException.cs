namespace Monitor.Classify;

/// <summary>The taxonomy file is missing, not valid JSON, or inconsistent (unknown parent, duplicate id...).</summary>
public sealed class TaxonomyException : Exception
{
    public TaxonomyException()
    {
    }

    public TaxonomyException(string message)
        : base(message)
    {
    }

    public TaxonomyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
