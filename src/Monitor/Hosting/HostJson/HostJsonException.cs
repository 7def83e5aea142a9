namespace Monitor.Hosting.HostJson;

/// <summary>host.json is missing, unreadable or holds a value the host would reject.</summary>
public sealed class HostJsonException : Exception
{
    public HostJsonException()
    {
    }

    public HostJsonException(string message)
        : base(message)
    {
    }

    public HostJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
