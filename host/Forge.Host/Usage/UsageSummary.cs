namespace Forge.Host.Usage;

/// <summary>
/// Usage over a range of UTC days, shaped for charts: every day of the range is present (zeros
/// when nothing was called), and every product has a value on every day.
/// </summary>
/// <param name="TenantId">The tenant reported on; null for all tenants.</param>
/// <param name="Products">Products called in the range, most calls first; null is the platform's own endpoints (e.g. whoami).</param>
/// <param name="Days">One entry per day, oldest first, all products together.</param>
/// <param name="ProductDays">One entry per day × product in <paramref name="Products"/>, by day then product order.</param>
/// <param name="TopTenants">Tenants with the most calls in the range (all-tenants view only; empty for one tenant).</param>
public sealed record UsageSummary(
    Guid? TenantId,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string?> Products,
    IReadOnlyList<UsageDay> Days,
    IReadOnlyList<UsageProductDay> ProductDays,
    UsageStats Totals,
    IReadOnlyList<UsageTenantCalls> TopTenants)
{
    /// <summary>The product's calls per day, aligned with <see cref="Days"/> (one chart series).</summary>
    public IReadOnlyList<long> CallsOf(string? product) =>
        Products.Contains(product)
            ? ProductDays.Where(p => p.Product == product).Select(p => p.Calls).ToList()
            : Days.Select(_ => 0L).ToList();
}

/// <summary>Calls of all products on one UTC day.</summary>
public sealed record UsageDay(DateOnly Day, UsageStats Stats);

public sealed record UsageProductDay(DateOnly Day, string? Product, long Calls, long Errors);

/// <summary>
/// Calls, errors (status 400 and above) and latency. <see cref="ErrorRate"/> is a fraction (0..1),
/// 0 without calls. Latencies are null without calls; the percentiles are estimated from the
/// latency histogram (<see cref="LatencyHistogram.Percentile"/>), the average is exact.
/// </summary>
public sealed record UsageStats(long Calls, long Errors, double ErrorRate, double? AverageLatencyMs, double? P50Ms, double? P95Ms, double? P99Ms)
{
    public static UsageStats From(long calls, long errors, double totalLatencyMs, IReadOnlyList<long> histogram) => new(
        calls, errors, calls == 0 ? 0 : (double)errors / calls, calls == 0 ? null : totalLatencyMs / calls,
        LatencyHistogram.Percentile(histogram, 0.50), LatencyHistogram.Percentile(histogram, 0.95), LatencyHistogram.Percentile(histogram, 0.99));
}

/// <summary>One tenant's calls over the range; the console looks up its name.</summary>
public sealed record UsageTenantCalls(Guid TenantId, long Calls, long Errors);
