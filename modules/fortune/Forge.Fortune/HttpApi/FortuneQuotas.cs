using Forge.Hosting.Features;
using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// The plan's quotas (ADR 7) as kernel quota rules (ADR 19): per minute and per day (the day resets at
/// midnight KST), per tenant, from the tenant's features.
/// </summary>
internal static class FortuneQuotas
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static readonly QuotaRule PerMinute = new("minute", QuotaPartition.Tenant, TimeSpan.FromMinutes(1),
        http => Feature(http, FortuneFeatures.RequestsPerMinute), limit => $"Rate limit of {limit} requests per minute exceeded.");

    public static readonly QuotaRule PerDay = new("day", QuotaPartition.Tenant, TimeSpan.FromDays(1),
        http => Feature(http, FortuneFeatures.RequestsPerDay), limit => $"Daily quota of {limit} requests reached; it resets at midnight KST.",
        now => new DateTimeOffset((now + Kst).UtcDateTime.Date, TimeSpan.Zero) - Kst);

    private static async ValueTask<long?> Feature(HttpContext http, string feature) =>
        await http.RequestServices.GetRequiredService<IFeatureChecker>().GetIntegerAsync(feature, http.RequestAborted);
}
