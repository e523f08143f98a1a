using System.ComponentModel.DataAnnotations;
using Forge.Host.Audit;
using Forge.Host.Credits;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Hosting.Credits;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole.Pages.TenantPages;

/// <summary>Balance, the loaded modules' prices (<see cref="ICreditPriceList"/>) and ledger; host admins grant. A grant's reference is minted with the form, so a double submit grants once.</summary>
public sealed class CreditsModel(PlatformDbContext db, ICreditLedger ledger, ICreditPriceList prices, ICurrentTenant currentTenant, AuditLog audit) : TenantPageModel
{
    [BindProperty]
    [Range(1, 1_000_000_000, ErrorMessage = "Grant a whole number of credits from 1 to 1,000,000,000.")]
    public long? Amount { get; set; }

    [BindProperty]
    [StringLength(256, ErrorMessage = "Keep the reason under 256 characters.")]
    public string? Reason { get; set; }

    [BindProperty] public string? GrantReference { get; set; }

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public long Balance { get; private set; }
    public long Granted { get; private set; }
    public long Held { get; private set; }
    /// <summary>What each unit of the modules' billable work costs, as the modules declared it (by code).</summary>
    public IReadOnlyList<CreditPrice> Prices => prices.All;
    public Paged<CreditEntry> Entries { get; private set; } = new([], 1, Paged<CreditEntry>.DefaultPageSize, 0);
    /// <summary>The newest reservations with their state: a commit leaves no ledger entry, so this is where it shows (by its reference, e.g. <c>analysis:{id}</c>).</summary>
    public IReadOnlyList<CreditHold> Reservations { get; private set; } = [];
    public const int ReservationRows = 20;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (!IsHostAdmin) return Forbid();
        if (Amount is null && ModelState.GetFieldValidationState(nameof(Amount)) != ModelValidationState.Invalid)
            ShowError(nameof(Amount), "Enter how many credits to grant.");
        if (string.IsNullOrWhiteSpace(Reason)) ShowError(nameof(Reason), "Say why these credits are granted; it is kept in the ledger.");
        if (ModelState.IsValid)
        {
            try
            {
                var reference = string.IsNullOrWhiteSpace(GrantReference) ? $"console:{Guid.NewGuid():N}" : GrantReference;
                await audit.RecordAsync(Actor, AuditActions.CreditsGranted, Tenant.Id, reference, $"+{Amount} ({Reason!.Trim()})",
                    () => ledger.GrantAsync(Tenant.Id, Amount!.Value, Reason!.Trim(), reference, HttpContext.RequestAborted));
                return RedirectWithFlash($"Granted {Amount:N0} credits to {Tenant.Name}.");
            }
            catch (PlatformValidationException e) { ShowError(e.Field == "amount" ? nameof(Amount) : nameof(Reason), e.Message); }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        GrantReference = $"console:{Guid.NewGuid():N}";
        ModelState.Remove(nameof(GrantReference));
        Balance = await ledger.GetBalanceAsync(Tenant.Id, ct);
        using (currentTenant.Change(Tenant.Id, Tenant.Name))
        {
            Granted = await db.CreditEntries.Where(e => e.Kind == CreditEntryKind.Grant).SumAsync(e => e.Amount, ct);
            Held = await db.CreditHolds.Where(h => h.State == CreditReservationState.Held).SumAsync(h => h.Amount, ct);
            var query = db.CreditEntries.AsNoTracking();
            if (Enum.TryParse<CreditEntryKind>(Kind, ignoreCase: true, out var kind)) query = query.Where(e => e.Kind == kind);
            if (From is { } from) query = query.Where(e => e.CreatedAt >= from.ToDateTime(TimeOnly.MinValue));
            if (To is { } to) query = query.Where(e => e.CreatedAt < to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            Entries = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).ToPagedAsync(PageNumber, ct);
            Reservations = await db.CreditHolds.AsNoTracking().OrderByDescending(h => h.CreatedAt).ThenByDescending(h => h.Id)
                .Take(ReservationRows).ToListAsync(ct);
        }
    }
}
