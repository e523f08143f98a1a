using Forge.Host.ApiKeys;
using Forge.Host.Audit;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole.Pages;

/// <summary>The host admin's overview; a tenant admin lands on their own tenant.</summary>
public sealed class IndexModel(PlatformDbContext db, TimeProvider clock) : ConsolePageModel
{
    public int Tenants { get; private set; }
    public int Suspended { get; private set; }
    public int ActiveKeys { get; private set; }
    public long CallsToday { get; private set; }
    public long ErrorsToday { get; private set; }
    public AuditRows RecentChanges { get; private set; } = new([], new Dictionary<Guid, string>());

    public async Task<IActionResult> OnGetAsync()
    {
        if (!IsHostAdmin) return UserTenantId is { } mine ? Redirect($"/console/tenants/{mine}") : Forbid();
        var ct = HttpContext.RequestAborted;
        Tenants = await db.Tenants.CountAsync(ct);
        Suspended = await db.Tenants.CountAsync(t => t.State == TenantState.Suspended, ct);
        ActiveKeys = await db.ApiKeys.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]).CountAsync(k => k.State == ApiKeyState.Active, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var day = db.UsageDaily.Where(d => d.Day == today && d.TenantId != Guid.Empty);
        CallsToday = await day.SumAsync(d => d.Calls, ct);
        ErrorsToday = await day.SumAsync(d => d.Errors, ct);
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).Take(10).ToListAsync(ct);
        RecentChanges = await AuditRows.LoadAsync(db, entries, ct);
        return Page();
    }
}
