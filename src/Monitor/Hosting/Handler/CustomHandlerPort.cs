using System.Globalization;

namespace Monitor.Hosting.Handler;

/// <summary>The port the Functions host assigns to the custom handler.</summary>
public static class CustomHandlerPort
{
    /// <summary>Set by the host in the handler's environment; it cannot be passed as an argument.</summary>
    public const string VariableName = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <exception cref="HostingConfigurationException">The value is missing or not a TCP port.</exception>
    public static int Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new HostingConfigurationException(
                $"{VariableName} is not set. The Functions host sets it when it starts 'monitor handler'; " +
                "to run the functions locally without the host, use 'monitor serve'.");
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new HostingConfigurationException($"{VariableName} must be a TCP port between 1 and 65535, not '{value}'.");
        }

        return port;
    }
}
