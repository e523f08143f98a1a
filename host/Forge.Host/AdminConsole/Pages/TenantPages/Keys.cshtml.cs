using Forge.Host.ApiKeys;
using Forge.Host.Audit;
using Forge.Host.Platform;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages.TenantPages;

/// <summary>A tenant's API keys: the whole key once on creation, its hint ever after.</summary>
public sealed class KeysModel(ApiKeyManager keys, AuditLog audit, TimeProvider clock, IProductCatalog products) : TenantPageModel
{
    public sealed record KeyRow(string KeyId, string Hint, string Product, string EffectiveState, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? ExpiresAt);

    public IReadOnlyList<(string Value, string Label)> ProductOptions =>
        products.All.Select(p => (p.Name, $"{p.DisplayName} ({p.ApiKey.Prefix}…)")).ToList();

    [BindProperty] public string? Product { get; set; }
    [BindProperty] public DateOnly? ExpiresOn { get; set; }

    public IReadOnlyList<KeyRow> Keys { get; private set; } = [];
    public string? CreatedKey { get; private set; }
    public string? CreatedProduct { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (string.IsNullOrEmpty(Product)) ShowError(nameof(Product), "Choose the product this key is for.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (ExpiresOn is { } on && on <= today) ShowError(nameof(ExpiresOn), "The expiry date must be after today.");
        if (ModelState.IsValid)
        {
            try
            {
                DateTimeOffset? expires = ExpiresOn is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
                var (key, plaintext) = await audit.RecordAsync(Actor, AuditActions.ApiKeyCreated, Tenant.Id, Product!,
                    $"{Product} key" + (expires is null ? "" : $", expires {ExpiresOn:yyyy-MM-dd}"),
                    () => keys.CreateAsync(Tenant, Product!, expires, ct: HttpContext.RequestAborted), created => created.Key.KeyId);
                CreatedKey = plaintext;
                CreatedProduct = key.Product;
                Product = null;
                ExpiresOn = null;
                ModelState.Clear();
            }
            catch (PlatformValidationException e) { ShowError(e.Field == "product" ? nameof(Product) : nameof(ExpiresOn), e.Message); }
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string keyId)
    {
        try
        {
            await audit.RecordAsync(Actor, AuditActions.ApiKeyRevoked, Tenant.Id, keyId, null,
                () => keys.RevokeAsync(Tenant, keyId, HttpContext.RequestAborted));
        }
        catch (PlatformNotFoundException)
        {
            return NotFound();
        }
        return RedirectWithFlash($"Key {keyId} is revoked.");
    }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Keys = (await keys.ListAsync(Tenant, HttpContext.RequestAborted))
            .OrderByDescending(k => k.CreatedAt)
            .Select(k => new KeyRow(k.KeyId, k.Hint, k.Product,
                k.State == ApiKeyState.Active && k.ExpiresAt <= now ? "expired" : k.State.ToString().ToLowerInvariant(),
                k.CreatedAt, k.LastUsedAt, k.ExpiresAt))
            .ToList();
    }
}
