namespace Forge.Hosting.Work;

/// <summary>
/// One unit of a module's long-running work (a Fortune batch, an analysis, a generation task) as the
/// admin console lists it. <see cref="State"/> is the module's own word (e.g. <c>pending</c>,
/// <c>processing</c>, <c>completed</c>, <c>failed</c>); <see cref="Finished"/> says whether it will still move.
/// </summary>
/// <param name="Module">The module's name as in <c>Forge:Modules</c>, e.g. <c>Fortune</c>.</param>
/// <param name="Kind">What sort of work, e.g. <c>batch</c>.</param>
/// <param name="Id">The module's public id, e.g. <c>batch_…</c>.</param>
/// <param name="TenantId">The owning tenant; null for the host's own work.</param>
/// <param name="Done">Items that succeeded.</param>
/// <param name="Failed">Items that failed.</param>
/// <param name="Total">Items in all.</param>
/// <param name="CreatedAt">UTC.</param>
/// <param name="CompletedAt">UTC, once finished.</param>
public sealed record WorkItemView(
    string Module,
    string Kind,
    string Id,
    Guid? TenantId,
    string State,
    bool Finished,
    int Done,
    int Failed,
    int Total,
    DateTime CreatedAt,
    DateTime? CompletedAt)
{
    /// <summary>Settled items over all items, 0 to 1; a finished item with nothing to do is 1.</summary>
    public double Progress => Total > 0 ? Math.Clamp((double)(Done + Failed) / Total, 0, 1) : Finished ? 1 : 0;
}
