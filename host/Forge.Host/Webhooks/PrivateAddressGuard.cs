using System.Net;
using System.Net.Sockets;

namespace Forge.Host.Webhooks;

/// <summary>
/// Refuses outbound connections to private, loopback, link-local and other non-public addresses
/// (SSRF). It runs in the socket's connect callback, on the address actually connected to, so DNS
/// rebinding cannot slip past it.
/// </summary>
public static class PrivateAddressGuard
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (EmbeddedIPv4(address) is { } embedded) return IsPrivate(embedded);
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast
                   || IsLocalUseNat64(address);
        }
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127,          // carrier-grade NAT
            169 => b[1] == 254,                         // link-local, cloud metadata
            172 => b[1] is >= 16 and <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
            198 => b[1] is 18 or 19,
            >= 224 => true,                             // multicast and reserved
            _ => false,
        };
    }

    /// <summary>
    /// The IPv4 address inside a NAT64 (64:ff9b::/96), IPv4-compatible (::/96) or 6to4 (2002::/16)
    /// address: a translator or tunnel delivers those to that IPv4 address, private or not.
    /// </summary>
    private static IPAddress? EmbeddedIPv4(IPAddress v6)
    {
        var b = v6.GetAddressBytes();
        if (b[0] == 0x20 && b[1] == 0x02) return new IPAddress(b.AsSpan(2, 4));
        var nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b;
        if ((nat64 || b.AsSpan(0, 4).IndexOfAnyExcept((byte)0) < 0) && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return new IPAddress(b.AsSpan(12, 4));
        return null;
    }

    // 64:ff9b:1::/48 is for NAT64 inside one network (RFC 8215), so it leads to local addresses.
    private static bool IsLocalUseNat64(IPAddress v6)
    {
        var b = v6.GetAddressBytes();
        return b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0 && b[5] == 1;
    }

    public static SocketsHttpHandler CreateHandler(bool allowPrivateTargets) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        // Through a proxy the callback would see the proxy's address, not the target's, and the
        // guard would check the wrong host (and the proxy could reach private targets for us).
        UseProxy = false,
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var allowed = allowPrivateTargets ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
            if (allowed.Length == 0)
                throw new PrivateTargetException(context.DnsEndPoint.Host);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

public sealed class PrivateTargetException(string host)
    : HttpRequestException($"Refused to call '{host}': it resolves to a private, loopback or link-local address (set Forge:Webhooks:AllowPrivateTargets to allow).");
