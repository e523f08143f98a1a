using System.ComponentModel.DataAnnotations;
using Forge.Host.ApiKeys;
using Forge.Host.Audit;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole.Pages.Host;

public sealed class TenantsModel(PlatformDbContext db, TenantManager tenants, AuditLog audit) : ConsolePageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Give the tenant a name.")]
        [StringLength(64, ErrorMessage = "A tenant name is at most 64 characters.")]
        [RegularExpression(@"^[\p{L}\p{Nd}._-]+$", ErrorMessage = "Use letters, digits, '-', '_' or '.' only.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Choose an edition.")]
        public string? Edition { get; set; } = Editions.Free;
    }

    public sealed record Row(Guid Id, string Name, string Edition, string State, int ActiveKeys, long Balance, DateTime CreatedAt);

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Edition { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Paged<Row> Rows { get; private set; } = new([], 1, Paged<Row>.DefaultPageSize, 0);
    public IEnumerable<SelectListItem> EditionOptions => Editions.All.Select(e => new SelectListItem(e, e));

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                var name = Input.Name!.Trim();
                var tenant = await audit.RecordAsync(Actor, AuditActions.TenantCreated, null, name, $"edition {Input.Edition}",
                    () => tenants.CreateAsync(name, Input.Edition!, HttpContext.RequestAborted), tenantOf: created => created.Id);
                Flash = $"Tenant {tenant.Name} created.";
                return Redirect($"/console/tenants/{tenant.Id}");
            }
            catch (PlatformValidationException e) { ShowError(e, nameof(Input)); }
            catch (PlatformConflictException e) { ShowError($"{nameof(Input)}.{nameof(InputModel.Name)}", e.Message); }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var query = db.Tenants.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = $"%{Tenant.Normalize(Q).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(t => EF.Functions.Like(t.NormalizedName, pattern, "\\"));
        }
        if (Enum.TryParse<TenantState>(State, ignoreCase: true, out var state)) query = query.Where(t => t.State == state);
        if (Editions.IsValid(Edition)) query = query.Where(t => t.Edition == Edition!.ToLowerInvariant());

        var page = await query.OrderBy(t => t.NormalizedName).ToPagedAsync(PageNumber, HttpContext.RequestAborted);
        var ids = page.Items.Select(t => t.Id).ToList();
        // Keys and balances of many tenants at once: the host reads across tenants explicitly.
        var keys = await db.ApiKeys.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]).AsNoTracking()
            .Where(k => k.TenantId != null && ids.Contains(k.TenantId.Value) && k.State == ApiKeyState.Active)
            .GroupBy(k => k.TenantId).Select(g => new { Tenant = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.Tenant, x => x.Count, HttpContext.RequestAborted);
        var balances = await db.CreditAccounts.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]).AsNoTracking()
            .Where(a => a.TenantId != null && ids.Contains(a.TenantId.Value))
            .ToDictionaryAsync(a => a.TenantId!.Value, a => a.Balance, HttpContext.RequestAborted);
        Rows = new Paged<Row>(page.Items.Select(t => new Row(t.Id, t.Name, t.Edition, t.State.ToString().ToLowerInvariant(),
            keys.GetValueOrDefault(t.Id), balances.GetValueOrDefault(t.Id), t.CreatedAt)).ToList(), page.Page, page.PageSize, page.Total);
    }
}
