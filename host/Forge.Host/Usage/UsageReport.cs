using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Usage;

/// <summary>
/// Usage of one tenant, or of all tenants, over a range of UTC days, from the daily aggregates
/// (never the raw rows): the database sums per day × product and per tenant, which is at most a
/// few hundred rows for a month; the rest (days without calls, totals, percentiles) is done here.
/// </summary>
public sealed class UsageReport(PlatformDbContext db)
{
    public const int MaxDays = 366;
    public const int TopTenants = 10;

    /// <param name="tenantId">The tenant; null for all tenants (the host admin's view).</param>
    /// <param name="from">First UTC day, inclusive.</param>
    /// <param name="to">Last UTC day, inclusive.</param>
    public async Task<UsageSummary> GetAsync(Guid? tenantId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (to < from) throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        if (to.DayNumber - from.DayNumber + 1 > MaxDays) throw new ArgumentOutOfRangeException(nameof(to), $"At most {MaxDays} days.");

        var rows = db.UsageDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to);
        // Rows of Guid.Empty are calls without a tenant. API keys and OAuth tokens always carry a
        // tenant, and console users are not metered (ADR 16), so such rows can only be a host admin's
        // cookie calls recorded before that rule: not API usage. The all-tenants view leaves them out.
        rows = tenantId is { } tenant ? rows.Where(d => d.TenantId == tenant) : rows.Where(d => d.TenantId != Guid.Empty);

        // Projected into the entity type only to carry the sums (not tracked), so that
        // LatencyHistogram.Of reads the summed buckets like a stored row's.
        var sums = await rows
            .GroupBy(d => new { d.Day, d.Product })
            .Select(g => new UsageDailyRow
            {
                Day = g.Key.Day, Product = g.Key.Product,
                Calls = g.Sum(d => d.Calls), Errors = g.Sum(d => d.Errors), TotalLatencyMs = g.Sum(d => d.TotalLatencyMs),
                LatencyUpTo5Ms = g.Sum(d => d.LatencyUpTo5Ms), LatencyUpTo10Ms = g.Sum(d => d.LatencyUpTo10Ms),
                LatencyUpTo25Ms = g.Sum(d => d.LatencyUpTo25Ms), LatencyUpTo50Ms = g.Sum(d => d.LatencyUpTo50Ms),
                LatencyUpTo100Ms = g.Sum(d => d.LatencyUpTo100Ms), LatencyUpTo250Ms = g.Sum(d => d.LatencyUpTo250Ms),
                LatencyUpTo500Ms = g.Sum(d => d.LatencyUpTo500Ms), LatencyUpTo1000Ms = g.Sum(d => d.LatencyUpTo1000Ms),
                LatencyUpTo2500Ms = g.Sum(d => d.LatencyUpTo2500Ms), LatencyUpTo5000Ms = g.Sum(d => d.LatencyUpTo5000Ms),
                LatencyUpTo10000Ms = g.Sum(d => d.LatencyUpTo10000Ms), LatencyOver10000Ms = g.Sum(d => d.LatencyOver10000Ms),
            })
            .ToListAsync(ct);

        var tenants = tenantId is null
            ? (await rows
                .GroupBy(d => d.TenantId)
                .Select(g => new { TenantId = g.Key, Calls = g.Sum(d => d.Calls), Errors = g.Sum(d => d.Errors) })
                .OrderByDescending(t => t.Calls).ThenBy(t => t.TenantId)
                .Take(TopTenants)
                .ToListAsync(ct)).Select(t => new UsageTenantCalls(t.TenantId, t.Calls, t.Errors)).ToList()
            : [];

        return Summarize(tenantId, from, to, sums, tenants);
    }

    private static UsageSummary Summarize(Guid? tenantId, DateOnly from, DateOnly to, List<UsageDailyRow> sums, List<UsageTenantCalls> tenants)
    {
        var range = Enumerable.Range(from.DayNumber, to.DayNumber - from.DayNumber + 1).Select(DateOnly.FromDayNumber).ToList();
        var products = sums.GroupBy(s => s.Product)
            .OrderByDescending(g => g.Sum(s => s.Calls)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var byDay = sums.ToLookup(s => s.Day);

        var days = range.Select(day => new UsageDay(day, Stats(byDay[day]))).ToList();
        var productDays = range.SelectMany(day => products.Select(product =>
        {
            var cell = byDay[day].FirstOrDefault(s => s.Product == product);
            return new UsageProductDay(day, NullIfPlatform(product), cell?.Calls ?? 0, cell?.Errors ?? 0);
        })).ToList();

        return new UsageSummary(tenantId, from, to, products.Select(NullIfPlatform).ToList(), days, productDays, Stats(sums), tenants);
    }

    private static UsageStats Stats(IEnumerable<UsageDailyRow> rows)
    {
        long calls = 0, errors = 0;
        double latency = 0;
        var histogram = new long[LatencyHistogram.BucketCount];
        foreach (var row in rows)
        {
            calls += row.Calls;
            errors += row.Errors;
            latency += row.TotalLatencyMs;
            var buckets = LatencyHistogram.Of(row);
            for (var i = 0; i < histogram.Length; i++) histogram[i] += buckets[i];
        }
        return UsageStats.From(calls, errors, latency, histogram);
    }

    /// <summary>The writer stores "no product" (platform endpoints such as whoami) as "".</summary>
    private static string? NullIfPlatform(string product) => product == "" ? null : product;
}
