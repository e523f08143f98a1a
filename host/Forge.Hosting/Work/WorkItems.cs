using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.Work;

/// <summary>
/// Every loaded module's work in one list, newest first: what the console's Jobs page shows.
/// It guards the one rule a page could get wrong: inside a tenant (a tenant admin's request) only that
/// tenant's work can be listed.
/// </summary>
public sealed class WorkItems(IEnumerable<IWorkItemSource> sources, ICurrentTenant currentTenant)
{
    public const int MaxTake = 500;

    public async Task<IReadOnlyList<WorkItemView>> ListRecentAsync(Guid? tenantId, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxTake);
        if (currentTenant.Id is { } current && tenantId != current)
            throw new UnauthorizedAccessException($"Tenant {current} may list its own work only.");

        var all = new List<WorkItemView>();
        foreach (var source in sources) all.AddRange(await source.ListRecentAsync(tenantId, take, ct));
        return all.OrderByDescending(w => w.CreatedAt).ThenBy(w => w.Module, StringComparer.Ordinal).ThenByDescending(w => w.Id, StringComparer.Ordinal)
            .Take(take).ToList();
    }
}
