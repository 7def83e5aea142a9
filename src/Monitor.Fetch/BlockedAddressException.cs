using System.Net;

namespace Monitor.Fetch;

/// <summary>A host resolved only to addresses the fetcher must not reach (loopback, private, metadata...).</summary>
public sealed class BlockedAddressException : IOException
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal BlockedAddressException(string host, IReadOnlyCollection<IPAddress> resolved)
        : base($"{host} resolves only to non-public addresses ({string.Join(", ", resolved)}).")
    {
    }
}
