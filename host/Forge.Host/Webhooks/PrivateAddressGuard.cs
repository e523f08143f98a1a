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
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // Mapped, translated, compatible, 6to4 and NAT64 forms are judged by the IPv4 host they reach.
            var embedded = EmbeddedIPv4.Find(address);
            if (embedded is null) return true;
            if (embedded.Count > 0) return embedded.Any(IsPrivate);
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
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

    /// <summary>The addresses a connection may use: all when private targets are allowed, else the public ones.</summary>
    public static IPAddress[] Allowed(IEnumerable<IPAddress> addresses, bool allowPrivateTargets) =>
        allowPrivateTargets ? addresses.ToArray() : addresses.Where(a => !IsPrivate(a)).ToArray();

    public static SocketsHttpHandler CreateHandler(bool allowPrivateTargets, WebhookHostResolver? resolver = null) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        // Through a proxy the callback would see the proxy's address, not the target's, and the
        // guard would check the wrong host (and the proxy could reach private targets for us).
        UseProxy = false,
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await (resolver ?? new WebhookHostResolver()).ResolveAsync(context.DnsEndPoint.Host, ct);
            var allowed = Allowed(addresses, allowPrivateTargets);
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
