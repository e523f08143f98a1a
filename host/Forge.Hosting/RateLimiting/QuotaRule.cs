using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.RateLimiting;

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
    /// <summary>The tenant, else the credential (a host key, client or console user), else the client's IP: the platform's policies.</summary>
    Caller,
}

/// <summary>
/// One quota (ADR 19, 34): <paramref name="Name"/> keys its counters (<c>scope:name:partition</c>, the scope being
/// the product, or <c>platform</c> for the platform's policies), <paramref name="Limit"/> reads the limit per call
/// (a feature value or configuration; null means no limit), the window is fixed (epoch-aligned, or from
/// <paramref name="WindowStart"/>, e.g. midnight KST), and <paramref name="Message"/> says what was exceeded.
/// </summary>
public sealed record QuotaRule(
    string Name,
    QuotaPartition Partition,
    TimeSpan Window,
    Func<HttpContext, ValueTask<long?>> Limit,
    Func<long, string> Message,
    Func<DateTimeOffset, DateTimeOffset>? WindowStart = null)
{
    /// <summary>The start of the window that contains <paramref name="now"/>.</summary>
    public DateTimeOffset StartOfWindow(DateTimeOffset now) =>
        WindowStart is { } start ? start(now) : RateLimitWindows.AlignedStart(now, Window);
}
