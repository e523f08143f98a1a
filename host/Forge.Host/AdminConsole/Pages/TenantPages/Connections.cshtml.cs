using Forge.Host.Audit;
using Forge.Hosting.Connections;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages.TenantPages;

/// <summary>
/// The tenant's connections to outside services (e.g. a Notion workspace), listed by every module's
/// <see cref="ITenantConnectionSource"/> inside the tenant (ADR 54): the host references no module's types.
/// Disconnecting is audited.
/// </summary>
public sealed class ConnectionsModel(IEnumerable<ITenantConnectionSource> sources, ICurrentTenant currentTenant, AuditLog audit) : TenantPageModel
{
    public IReadOnlyList<TenantConnectionView> Connections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = new List<TenantConnectionView>();
        using (currentTenant.Change(Tenant.Id, Tenant.Name))
            foreach (var source in sources) all.AddRange(await source.ListAsync(HttpContext.RequestAborted));
        Connections = [.. all.OrderBy(c => c.Service, StringComparer.Ordinal).ThenByDescending(c => c.ConnectedAt)];
    }

    public async Task<IActionResult> OnPostDisconnectAsync(string source, string id, string? name)
    {
        var owner = sources.FirstOrDefault(s => s.Source == source);
        if (owner is null) return NotFound();
        try
        {
            await audit.RecordAsync(Actor, AuditActions.ConnectionRemoved, Tenant.Id, $"{source}:{id}", name, async () =>
            {
                using (currentTenant.Change(Tenant.Id, Tenant.Name))
                    if (!await owner.DisconnectAsync(id, HttpContext.RequestAborted)) throw new KeyNotFoundException(id);
            });
        }
        catch (KeyNotFoundException)
        {
            return NotFound(); // never the tenant's, or already gone: no audit entry
        }
        return RedirectWithFlash($"{name ?? "The connection"} is disconnected.");
    }
}
