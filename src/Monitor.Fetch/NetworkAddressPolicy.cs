using System.Net;
using System.Net.Sockets;

namespace Monitor.Fetch;

/// <summary>
/// Which resolved addresses the fetcher may connect to: public unicast only. Feed and article URLs come
/// from third parties, so a URL must not reach loopback, the private network, link-local metadata
/// endpoints (169.254.169.254) or the Azure WireServer (168.63.129.16), however the address is spelled.
/// </summary>
public static class NetworkAddressPolicy
{
    private static readonly IPAddress AzureWireServer = IPAddress.Parse("168.63.129.16");

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            return IsPublicV4(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(IPAddress address)
    {
        if (address.Equals(AzureWireServer))
            return false;
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return !(b[0] == 0                                  // "this network", 0.0.0.0
            || b[0] == 10                                    // private
            || b[0] == 127                                   // loopback
            || (b[0] == 100 && (b[1] & 0xC0) == 64)          // carrier-grade NAT 100.64/10
            || (b[0] == 169 && b[1] == 254)                  // link-local, cloud metadata
            || (b[0] == 172 && (b[1] & 0xF0) == 16)          // private 172.16/12
            || (b[0] == 192 && b[1] == 168)                  // private
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)       // IETF protocol assignments
            || (b[0] == 198 && (b[1] & 0xFE) == 18)          // benchmarking 198.18/15
            || b[0] >= 224);                                 // multicast, reserved, broadcast
    }

    private static bool IsPublicV6(IPAddress address)
    {
        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
            return false;
        if (b[0] == 0xFF                                     // multicast
            || (b[0] & 0xFE) == 0xFC                         // unique local fc00::/7
            || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)       // link-local fe80::/10
            || (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0))      // old site-local fec0::/10
            return false;
        // Prefixes that embed an IPv4 address are judged by that address.
        if (b[..12].SequenceEqual((ReadOnlySpan<byte>)[0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]))   // NAT64 64:ff9b::/96
            return IsPublicV4(new IPAddress(b[12..]));
        if (b[0] == 0x20 && b[1] == 0x02)                                                                  // 6to4 2002::/16
            return IsPublicV4(new IPAddress(b[2..6]));
        if (b[..12].IndexOfAnyExcept((byte)0) < 0)                                                          // IPv4-compatible ::a.b.c.d
            return IsPublicV4(new IPAddress(b[12..]));
        return true;
    }
}
