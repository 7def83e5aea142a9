using System.Net;
using System.Net.Sockets;

namespace Monitor.Fetch;

/// <summary>
/// SocketsHttpHandler.ConnectCallback that resolves the host once, keeps only public addresses and
/// connects to one of those: the address checked is the address used, so DNS rebinding (public on the
/// check, loopback on the connect) has nothing to exploit. HTTP/3 would bypass this callback, which is
/// one reason requests stay on HTTP/1.1 and 2.
/// </summary>
internal static class GuardedConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        // Names reserved for loopback (RFC 6761) are refused before asking DNS, which may not know "localhost.".
        if (IsLoopbackName(host))
            throw new BlockedAddressException(host, [IPAddress.Loopback]);
        var resolved = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = Array.FindAll(resolved, NetworkAddressPolicy.IsPublic);
        if (allowed.Length == 0)
            throw new BlockedAddressException(host, resolved);

        Exception? lastFailure = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                lastFailure = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw lastFailure!;
    }

    private static bool IsLoopbackName(string host)
    {
        var name = host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }
}
