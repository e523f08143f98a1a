using System.ComponentModel.DataAnnotations;
using Forge.Host.Accounts;
using Forge.Host.ApiKeys;
using Forge.Host.Audit;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole.Pages.TenantPages;

public sealed class OverviewModel(
    PlatformDbContext db, TenantManager tenants, AdminUserManager adminUsers, ICreditLedger credits, ICurrentTenant currentTenant, AuditLog audit)
    : TenantPageModel
{
    public sealed record AdminRow(string Email, DateTimeOffset? LockedUntil);

    public long Balance { get; private set; }
    public int ActiveKeys { get; private set; }
    public int Clients { get; private set; }
    public long Calls30Days { get; private set; }
    public IReadOnlyList<AdminRow> Admins { get; private set; } = [];
    public string? CreatedEmail { get; private set; }
    public string? CreatedPassword { get; private set; }

    [BindProperty] public string? Edition { get; set; }

    [BindProperty]
    [EmailAddress(ErrorMessage = "Enter an e-mail address such as admin@customer.com.")]
    public string? AdminEmail { get; set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostEditionAsync()
    {
        if (!IsHostAdmin) return Forbid();
        try
        {
            await audit.RecordAsync(Actor, AuditActions.TenantEditionChanged, Tenant.Id, Tenant.Name, $"{Tenant.Edition} → {Edition}",
                () => tenants.SetEditionAsync(Tenant.Name, Edition ?? "", HttpContext.RequestAborted));
            return RedirectWithFlash($"{Tenant.Name} is now on the {Edition} edition.");
        }
        catch (PlatformValidationException e) { ShowError(nameof(Edition), e.Message); }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSuspendAsync()
    {
        if (!IsHostAdmin) return Forbid();
        await audit.RecordAsync(Actor, AuditActions.TenantSuspended, Tenant.Id, Tenant.Name, null,
            () => tenants.SuspendAsync(Tenant.Name, HttpContext.RequestAborted));
        return RedirectWithFlash($"{Tenant.Name} is suspended.");
    }

    public async Task<IActionResult> OnPostResumeAsync()
    {
        if (!IsHostAdmin) return Forbid();
        await audit.RecordAsync(Actor, AuditActions.TenantResumed, Tenant.Id, Tenant.Name, null,
            () => tenants.ResumeAsync(Tenant.Name, HttpContext.RequestAborted));
        return RedirectWithFlash($"{Tenant.Name} is active again.");
    }

    public async Task<IActionResult> OnPostAdminAsync()
    {
        if (!IsHostAdmin) return Forbid();
        if (string.IsNullOrWhiteSpace(AdminEmail)) ShowError(nameof(AdminEmail), "Enter the new admin's e-mail address.");
        if (ModelState.IsValid)
        {
            try
            {
                var email = AdminEmail!.Trim();
                var (user, password) = await audit.RecordAsync(Actor, AuditActions.UserCreated, Tenant.Id, email, "tenant admin",
                    () => adminUsers.CreateAsync(email, Tenant));
                (CreatedEmail, CreatedPassword) = (user.Email, password);
                AdminEmail = null;
                ModelState.Clear();
            }
            catch (PlatformValidationException e) { ShowError(nameof(AdminEmail), e.Message); }
            catch (PlatformConflictException e) { ShowError(nameof(AdminEmail), e.Message); }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Edition ??= Tenant.Edition;
        Balance = await credits.GetBalanceAsync(Tenant.Id, ct);
        using (currentTenant.Change(Tenant.Id, Tenant.Name))
        {
            ActiveKeys = await db.ApiKeys.CountAsync(k => k.State == ApiKeyState.Active, ct);
            Clients = await db.OAuthClients.CountAsync(c => c.RevokedAt == null, ct);
        }
        var since = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-29));
        Calls30Days = await db.UsageDaily.Where(d => d.TenantId == Tenant.Id && d.Day >= since).SumAsync(d => d.Calls, ct);
        if (IsHostAdmin)
        {
            var admins = await db.Users.AsNoTracking().Where(u => u.TenantId == Tenant.Id).OrderBy(u => u.Email).ToListAsync(ct);
            Admins = admins.Select(u => new AdminRow(u.Email ?? u.UserName ?? "", u.LockoutEnd)).ToList();
        }
    }
}
