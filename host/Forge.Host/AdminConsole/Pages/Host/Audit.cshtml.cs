using Forge.Host.Audit;
using Forge.Host.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole.Pages.Host;

public sealed class AuditModel(PlatformDbContext db) : ConsolePageModel
{
    [BindProperty(SupportsGet = true, Name = "actor")] public string? ActorFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "tenant")] public string? TenantFilter { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Paged<AuditEntry> Entries { get; private set; } = new([], 1, Paged<AuditEntry>.DefaultPageSize, 0);
    public AuditRows Rows { get; private set; } = new([], new Dictionary<Guid, string>());

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(ActorFilter))
        {
            var actor = ActorFilter.Trim().ToLowerInvariant();
            query = query.Where(a => a.Actor.ToLower().Contains(actor));
        }
        if (!string.IsNullOrWhiteSpace(ActionFilter)) query = query.Where(a => a.Action == ActionFilter);
        if (!string.IsNullOrWhiteSpace(TenantFilter))
        {
            var name = Tenants.Tenant.Normalize(TenantFilter);
            var ids = await db.Tenants.Where(t => t.NormalizedName.Contains(name)).Select(t => (Guid?)t.Id).ToListAsync(ct);
            query = query.Where(a => ids.Contains(a.TenantId));
        }
        if (From is { } from) query = query.Where(a => a.At >= from.ToDateTime(TimeOnly.MinValue));
        if (To is { } to) query = query.Where(a => a.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        Entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToPagedAsync(PageNumber, ct);
        Rows = await AuditRows.LoadAsync(db, Entries.Items, ct);
    }
}
