using Forge.Host.Data;
using Forge.Hosting.Usage;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Usage;

public sealed class UsageQuery(PlatformDbContext db) : IUsageQuery
{
    public async Task<IReadOnlyList<UsageDailyAggregate>> GetDailyAsync(Guid? tenantId, string? product, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var tenant = tenantId ?? Guid.Empty;
        var query = db.UsageDaily.AsNoTracking().Where(d => d.TenantId == tenant && d.Day >= from && d.Day <= to);
        if (product is not null) query = query.Where(d => d.Product == product);
        var rows = await query.OrderBy(d => d.Day).ThenBy(d => d.RouteTemplate).ToListAsync(cancellationToken);
        return rows.Select(d => new UsageDailyAggregate(tenantId, d.Product == "" ? null : d.Product, d.RouteTemplate, d.Day, d.Calls, d.Errors, d.TotalLatencyMs)).ToList();
    }
}
