namespace Monitor.Cli;

/// <summary>
/// A mistake the user can fix (a bad URL, a missing file, an unknown id): the verb prints the message on stderr
/// and exits with code 1, without a stack trace.
/// </summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliUsageException()
    {
    }
}
