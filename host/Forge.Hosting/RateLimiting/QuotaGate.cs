using System.Globalization;
using System.Security.Claims;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Hosting.RateLimiting;

/// <summary>
/// The one quota engine (ADR 19, 34), used by product routes (<c>ProductQuotaFilter</c>) and by the platform's
/// limiter alike: counts the call in each rule's fixed window on <see cref="IRateLimitCounter"/>, sets
/// <c>X-RateLimit-Limit</c> (the first counted rule's limit), <c>-Remaining</c> (the least left over all rules)
/// and <c>-Reset</c>, and past any limit sets <c>Retry-After</c> and says which rule was exceeded (the one that
/// resets last). The caller writes the 429 with its own error writer. Counters that cannot be reached (Redis
/// down) let the call through rather than fail every request.
/// </summary>
public static class QuotaGate
{
    public static async Task<QuotaDecision> CountAsync(HttpContext http, string scope, IReadOnlyList<QuotaRule> rules)
    {
        var services = http.RequestServices;
        var counter = services.GetRequiredService<IRateLimitCounter>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var counted = new List<(QuotaRule Rule, long Limit, RateLimitWindow Hit)>(rules.Count);
        try
        {
            foreach (var rule in rules)
            {
                if (Partition(http, rule.Partition) is not { } partition || await rule.Limit(http) is not { } limit) continue;
                var hit = await counter.HitAsync($"{scope}:{rule.Name}:{partition}", rule.StartOfWindow(now), rule.Window, http.RequestAborted);
                counted.Add((rule, limit, hit));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(QuotaGate))
                .LogWarning(e, "Quota counters unavailable; letting {Path} through", http.Request.Path);
            return QuotaDecision.Allowed;
        }
        if (counted.Count == 0) return QuotaDecision.Allowed;

        var exceeded = counted.Where(c => c.Hit.Count > c.Limit).OrderByDescending(c => c.Hit.ResetsAt).FirstOrDefault();
        var reset = exceeded.Rule is null ? counted[0].Hit.ResetsAt : exceeded.Hit.ResetsAt;
        var headers = http.Response.Headers;
        headers["X-RateLimit-Limit"] = counted[0].Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(0, counted.Min(c => c.Limit - c.Hit.Count)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (exceeded.Rule is null) return QuotaDecision.Allowed;

        var retryAfter = (int)Math.Clamp(Math.Ceiling((reset - now).TotalSeconds), 1, int.MaxValue);
        headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return new QuotaDecision(exceeded.Rule, exceeded.Limit, retryAfter);
    }

    /// <summary>The counter key's partition part, or null when the call is not counted by this partition.</summary>
    private static string? Partition(HttpContext http, QuotaPartition partition)
    {
        var services = http.RequestServices;
        var caller = services.GetRequiredService<ICurrentCaller>();
        // The platform's limiter runs before the tenant is resolved: the credential's tenant is the same one.
        var tenant = services.GetRequiredService<ICurrentTenant>().Id ?? caller.TenantId;
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return partition switch
        {
            QuotaPartition.Tenant => tenant?.ToString(),
            QuotaPartition.Key => caller.KeyId ?? caller.ClientId,
            QuotaPartition.Ip => ip,
            QuotaPartition.TenantOrIp => tenant is { } id ? $"t:{id}" : $"ip:{ip}",
            _ => tenant is { } t ? $"t:{t}"
                : (caller.KeyId ?? caller.ClientId ?? http.User.FindFirstValue(ClaimTypes.NameIdentifier)) is { } credential ? $"c:{credential}"
                : $"ip:{ip}",
        };
    }
}

/// <summary>What <see cref="QuotaGate"/> decided: allowed, or the rule that was exceeded, its limit and the seconds to wait.</summary>
public sealed record QuotaDecision(QuotaRule? Exceeded, long Limit, int RetryAfterSeconds)
{
    public static readonly QuotaDecision Allowed = new(null, 0, 0);

    public bool IsExceeded => Exceeded is not null;

    /// <summary>The exceeded rule's message for its limit.</summary>
    public string Message => Exceeded?.Message(Limit) ?? "";
}
