using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Work;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>
/// Generation tasks among the console's work items (issue 11 §Console): state, and progress as steps done of the
/// plan's total (known once planned).
/// </summary>
public sealed class TaskWorkItemSource(NotionForgeDbContext db, ICurrentTenant currentTenant) : IWorkItemSource
{
    public const string Module = "NotionForge";
    public const string Kind = "generation";

    public async Task<IReadOnlyList<WorkItemView>> ListRecentAsync(Guid? tenantId, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        if (tenantId is not null)
        {
            using (currentTenant.Change(tenantId))
                return await QueryAsync(db.Set<GenerationTask>(), take, ct);
        }
        return await QueryAsync(db.Set<GenerationTask>().IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]), take, ct);
    }

    private static async Task<IReadOnlyList<WorkItemView>> QueryAsync(IQueryable<GenerationTask> tasks, int take, CancellationToken ct)
    {
        var rows = await tasks.AsNoTracking()
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Take(take)
            .Select(t => new { t.TaskId, t.TenantId, t.Status, t.StepsDone, t.StepsTotal, t.CreatedAt, t.CompletedAt })
            .ToListAsync(ct);
        return rows.Select(t => new WorkItemView(
                Module, Kind, t.TaskId, t.TenantId, t.Status, GenerationTaskStatus.IsTerminal(t.Status),
                t.StepsDone, t.Status == GenerationTaskStatus.Failed ? 1 : 0, t.StepsTotal,
                DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc),
                t.CompletedAt is { } done ? DateTime.SpecifyKind(done, DateTimeKind.Utc) : null))
            .ToList();
    }
}
