using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Work;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application.Work;

/// <summary>
/// Analyses as the console's work items (ADR 47): each production analysis submitted on its own (kind <c>analysis</c>,
/// one unit of work) and each batch (kind <c>batch</c>, its items counted by state). Batch items are shown through their
/// batch, sandbox runs not at all (they finish inside the request). States are the wire's (QUEUED … COMPLETED).
/// </summary>
public sealed class AnalysisWorkItemSource(AnalysisDbContext db, ICurrentTenant currentTenant) : IWorkItemSource
{
    public const string Module = "Analysis";
    public const string AnalysisKind = "analysis";
    public const string BatchKind = "batch";

    public async Task<IReadOnlyList<WorkItemView>> ListRecentAsync(Guid? tenantId, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        if (tenantId is not null)
        {
            // One tenant's view goes through the tenant filter itself rather than a hand-written Where.
            using (currentTenant.Change(tenantId))
                return await QueryAsync(db.Analyses, db.Batches, take, ct);
        }
        // The host admin's view: only the tenant filter is lifted, by its name.
        return await QueryAsync(db.Analyses.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]),
            db.Batches.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]), take, ct);
    }

    private static async Task<IReadOnlyList<WorkItemView>> QueryAsync(IQueryable<AnalysisRun> analyses, IQueryable<AnalysisBatch> batches, int take, CancellationToken ct)
    {
        var singles = await analyses.AsNoTracking()
            .Where(a => !a.Sandbox && a.BatchId == null)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new { a.Id, a.TenantId, a.Status, a.CreatedAt, a.CompletedAt })
            .ToListAsync(ct);
        var recentBatches = await batches.AsNoTracking()
            .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(take)
            .Select(b => new { b.Id, b.TenantId, b.Status, b.TotalItems, b.CreatedAt, b.CompletedAt })
            .ToListAsync(ct);
        var ids = recentBatches.Select(b => b.Id).ToList();
        var counts = (await analyses.AsNoTracking()
                .Where(a => a.BatchId != null && ids.Contains(a.BatchId))
                .GroupBy(a => new { a.BatchId, a.Status })
                .Select(g => new StatusCount(g.Key.BatchId!, g.Key.Status, g.Count()))
                .ToListAsync(ct))
            .ToLookup(c => c.BatchId);

        var items = singles.Select(a => new WorkItemView(Module, AnalysisKind, a.Id, a.TenantId, a.Status, AnalysisStatus.IsTerminal(a.Status),
            a.Status == AnalysisStatus.Completed ? 1 : 0, a.Status == AnalysisStatus.Failed ? 1 : 0, 1, Utc(a.CreatedAt), UtcOrNull(a.CompletedAt)));
        var batchItems = recentBatches.Select(b => new WorkItemView(Module, BatchKind, b.Id, b.TenantId, b.Status, b.Status == AnalysisStatus.Completed,
            Count(counts[b.Id], AnalysisStatus.Completed), Count(counts[b.Id], AnalysisStatus.Failed), b.TotalItems, Utc(b.CreatedAt), UtcOrNull(b.CompletedAt)));
        return items.Concat(batchItems).OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id, StringComparer.Ordinal).Take(take).ToList();
    }

    private sealed record StatusCount(string BatchId, string Status, int Count);

    private static int Count(IEnumerable<StatusCount> counts, string status) => counts.Where(c => c.Status == status).Sum(c => c.Count);

    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);

    private static DateTime? UtcOrNull(DateTime? at) => at is { } value ? Utc(value) : null;
}
