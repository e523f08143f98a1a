using System.Net;

namespace Forge.Host.Webhooks;

/// <summary>
/// The IPv4 addresses an IPv6 address stands for, when it embeds one: a translator, tunnel or dual stack
/// delivers such an address to that IPv4 host, so the guard must judge it by that host.
/// </summary>
internal static class EmbeddedIPv4
{
    /// <summary>
    /// The embedded IPv4 address(es), an empty list when the address embeds none, or null when it lies in a
    /// translation prefix but in no layout that can be read (then it cannot be judged, and is refused).
    /// </summary>
    public static IReadOnlyList<IPAddress>? Find(IPAddress v6)
    {
        var b = v6.GetAddressBytes();
        if (IsZero(b, 0, 10) && b[10] == 0xff && b[11] == 0xff) return [At(b, 12)];                  // IPv4-mapped ::ffff:a.b.c.d
        if (IsZero(b, 0, 8) && b[8] == 0xff && b[9] == 0xff && IsZero(b, 10, 2)) return [At(b, 12)];  // IPv4-translated ::ffff:0:a.b.c.d
        if (IsZero(b, 0, 12)) return [At(b, 12)];                                                   // IPv4-compatible ::a.b.c.d
        if (b[0] == 0x20 && b[1] == 0x02) return [At(b, 2)];                                        // 6to4 2002:AABB:CCDD::/48
        if (b is [0, 0x64, 0xff, 0x9b, ..])
        {
            if (IsZero(b, 4, 8)) return [At(b, 12)];                                                // NAT64 well-known 64:ff9b::/96
            if (b[4] == 0 && b[5] == 1) return LocalUseNat64(b);                                    // NAT64 local-use 64:ff9b:1::/48
        }
        return [];
    }

    /// <summary>
    /// RFC 8215's local-use prefix may be split into sub-prefixes of any RFC 6052 length, so the address is
    /// read in every layout that fits (u-octet and suffix zero): /96 always, /48, /56 and /64 when they fit.
    /// The guard refuses the address if any reading is private; a non-zero u-octet fits no layout.
    /// </summary>
    private static IReadOnlyList<IPAddress>? LocalUseNat64(byte[] b)
    {
        if (b[8] != 0) return null;
        var readings = new List<IPAddress> { At(b, 12) };
        if (IsZero(b, 11, 5)) readings.Add(new IPAddress([b[6], b[7], b[9], b[10]]));   // /48
        if (IsZero(b, 12, 4)) readings.Add(new IPAddress([b[7], b[9], b[10], b[11]]));  // /56
        if (IsZero(b, 13, 3)) readings.Add(new IPAddress([b[9], b[10], b[11], b[12]])); // /64
        return readings;
    }

    private static IPAddress At(byte[] b, int offset) => new(b.AsSpan(offset, 4));

    private static bool IsZero(byte[] b, int offset, int length) => b.AsSpan(offset, length).IndexOfAnyExcept((byte)0) < 0;
}
