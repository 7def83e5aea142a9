namespace Monitor.Hosting;

/// <summary>The process was started without the configuration its verb needs; the message says what to set.</summary>
public sealed class HostingConfigurationException : Exception
{
    public HostingConfigurationException()
    {
    }

    public HostingConfigurationException(string message)
        : base(message)
    {
    }

    public HostingConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
