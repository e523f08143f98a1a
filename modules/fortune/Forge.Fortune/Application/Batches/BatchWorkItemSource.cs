using Forge.Fortune.Domain.Batches;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Work;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Batches;

/// <summary>Fortune batches as the console's work items: the batch row's state and counts (seed 000, ADR 14).</summary>
public sealed class BatchWorkItemSource(FortuneDbContext db, ICurrentTenant currentTenant) : IWorkItemSource
{
    public const string Module = "Fortune";
    public const string Kind = "batch";

    public async Task<IReadOnlyList<WorkItemView>> ListRecentAsync(Guid? tenantId, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        if (tenantId is not null)
        {
            // One tenant's view goes through the tenant filter itself rather than a hand-written Where.
            using (currentTenant.Change(tenantId))
                return await QueryAsync(db.Batches, take, ct);
        }
        // The host admin's view: every tenant's batches. Only the tenant filter is lifted, by its name,
        // so any other filter the module adds later (soft delete, …) still applies.
        return await QueryAsync(db.Batches.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]), take, ct);
    }

    private static async Task<IReadOnlyList<WorkItemView>> QueryAsync(IQueryable<FortuneBatch> batches, int take, CancellationToken ct)
    {
        var rows = await batches.AsNoTracking()
            .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id)
            .Take(take)
            .Select(b => new { b.Id, b.TenantId, b.Status, b.CompletedCount, b.FailedCount, b.TotalCount, b.CreatedAt, b.CompletedAt })
            .ToListAsync(ct);
        return rows.Select(b => new WorkItemView(
                Module, Kind, b.Id, b.TenantId, b.Status, b.Status is BatchStatus.Completed or BatchStatus.Failed,
                b.CompletedCount, b.FailedCount, b.TotalCount,
                DateTime.SpecifyKind(b.CreatedAt, DateTimeKind.Utc),
                b.CompletedAt is { } done ? DateTime.SpecifyKind(done, DateTimeKind.Utc) : null))
            .ToList();
    }
}
