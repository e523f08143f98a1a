using Forge.Fortune.Reports;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Usage;

namespace Forge.Fortune.Application.Reports;

/// <summary>
/// <c>GET /v1/reports/usage</c>: the current tenant's Fortune calls from the platform's daily aggregates
/// (written off the request path, so the newest calls appear within moments, not instantly).
/// Errors are responses with a status of 400 or more, as the platform counts them.
/// </summary>
public sealed class UsageReportAppService(IUsageQuery usage, ICurrentTenant tenant, TimeProvider clock)
{
    public async Task<UsageReportDto> GetAsync(string? startDate, string? endDate, CancellationToken ct)
    {
        var range = ReportDateRange.Parse(startDate, endDate, clock);
        // The v1 group only admits tenant credentials; a null tenant here would read the host's own usage.
        var tenantId = tenant.Id ?? throw new InvalidOperationException("The usage report needs a tenant.");
        var rows = await usage.GetDailyAsync(tenantId, FortuneProduct.Name, range.Start, range.End, ct);

        var byDate = rows.GroupBy(r => r.Day).ToDictionary(g => g.Key, g => Sum(g));
        var days = Enumerable.Range(0, range.Days).Select(i => range.Start.AddDays(i)).Select(day =>
        {
            var (calls, errors, latency) = byDate.GetValueOrDefault(day);
            return new UsageDayDto(ReportDateRange.Format(day), calls, errors, Percent.Of(errors, calls), Percent.Average(latency, calls));
        }).ToList();
        var endpoints = rows.GroupBy(r => r.RouteTemplate)
            .Select(g => (Route: g.Key, Totals: Sum(g)))
            .OrderByDescending(e => e.Totals.Calls).ThenBy(e => e.Route, StringComparer.Ordinal)
            .Select(e => new UsageEndpointDto(e.Route, e.Totals.Calls, e.Totals.Errors, Percent.Of(e.Totals.Errors, e.Totals.Calls),
                Percent.Average(e.Totals.Latency, e.Totals.Calls)))
            .ToList();
        var (totalCalls, totalErrors, totalLatency) = Sum(rows);
        var summary = new UsageSummaryDto(totalCalls, totalErrors, Percent.Of(totalErrors, totalCalls), Percent.Average(totalLatency, totalCalls));
        return new UsageReportDto(ReportDateRange.Format(range.Start), ReportDateRange.Format(range.End), summary, days, endpoints);
    }

    private static (long Calls, long Errors, double Latency) Sum(IEnumerable<UsageDailyAggregate> rows) =>
        rows.Aggregate((0L, 0L, 0.0), (t, r) => (t.Item1 + r.Calls, t.Item2 + r.Errors, t.Item3 + r.TotalLatencyMs));
}
