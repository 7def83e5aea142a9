namespace Monitor.Hosting.Handler;

/// <summary>The host (or a caller pretending to be it) sent a body the handler cannot use: answered with 400.</summary>
public sealed class InvalidInvocationRequestException : Exception
{
    public InvalidInvocationRequestException()
    {
    }

    public InvalidInvocationRequestException(string message)
        : base(message)
    {
    }

    public InvalidInvocationRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
