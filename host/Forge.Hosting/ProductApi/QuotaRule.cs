using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.ProductApi;

/// <summary>Whose calls a quota counts together.</summary>
public enum QuotaPartition
{
    /// <summary>The caller's tenant; calls without one are not counted.</summary>
    Tenant,
    /// <summary>The credential (API key id or OAuth client id); calls without one are not counted.</summary>
    Key,
    /// <summary>The client's IP address.</summary>
    Ip,
    /// <summary>The tenant when there is one, else the client's IP (anonymous routes).</summary>
    TenantOrIp,
}

/// <summary>
/// One quota of a product route (ADR 19): <paramref name="Name"/> keys its counters
/// (<c>product:name:partition</c>), <paramref name="Limit"/> reads the limit per call (a feature value or
/// configuration; null means no limit), the window is fixed (epoch-aligned, or from <paramref name="WindowStart"/>,
/// e.g. midnight KST), and <paramref name="Message"/> says what was exceeded.
/// </summary>
public sealed record QuotaRule(
    string Name,
    QuotaPartition Partition,
    TimeSpan Window,
    Func<HttpContext, ValueTask<long?>> Limit,
    Func<long, string> Message,
    Func<DateTimeOffset, DateTimeOffset>? WindowStart = null);
