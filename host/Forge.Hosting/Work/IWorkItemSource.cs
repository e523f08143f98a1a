namespace Forge.Hosting.Work;

/// <summary>
/// A module's long-running work, for the admin console's Jobs page. A module registers one per kind of
/// work (<c>services.AddScoped&lt;IWorkItemSource, …&gt;()</c>); the console reads them all through
/// <see cref="WorkItems"/>. The module's own row (batch, analysis, task) is the source, not the job queue.
/// </summary>
public interface IWorkItemSource
{
    /// <summary>
    /// The newest <paramref name="take"/> items, newest first. <paramref name="tenantId"/> null means every
    /// tenant's and the host's own (the host admin's view); a tenant id means that tenant's only.
    /// Callers decide who may see all tenants: <see cref="WorkItems"/> refuses it inside a tenant.
    /// </summary>
    Task<IReadOnlyList<WorkItemView>> ListRecentAsync(Guid? tenantId, int take, CancellationToken ct);
}
