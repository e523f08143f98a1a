using Forge.Host.Audit;
using Forge.Host.Features;
using Forge.Host.Platform;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages.TenantPages;

/// <summary>Effective feature values with their source; host admins set and clear overrides.</summary>
public sealed class FeaturesModel(FeatureManager features, AuditLog audit) : TenantPageModel
{
    [BindProperty] public string? Feature { get; set; }
    [BindProperty] public string? Value { get; set; }

    public IReadOnlyList<FeatureValueView> Features { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostSetAsync()
    {
        if (!IsHostAdmin) return Forbid();
        if (string.IsNullOrWhiteSpace(Feature)) ShowError(nameof(Feature), "Choose a feature.");
        if (string.IsNullOrWhiteSpace(Value)) ShowError(nameof(Value), "Enter a value.");
        if (ModelState.IsValid)
        {
            try
            {
                var value = Value!.Trim();
                await audit.RecordAsync(Actor, AuditActions.FeatureOverridden, Tenant.Id, Feature!, $"= {value}",
                    () => features.SetAsync(Tenant, Feature!, value, HttpContext.RequestAborted));
                return RedirectWithFlash($"{Feature} is now {value} for {Tenant.Name}.");
            }
            catch (PlatformValidationException e) { ShowError(e.Field == "feature" ? nameof(Feature) : nameof(Value), e.Message); }
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostClearAsync(string feature)
    {
        if (!IsHostAdmin) return Forbid();
        var cleared = await audit.RecordAsync(Actor, AuditActions.FeatureOverrideCleared, Tenant.Id, feature, null,
            () => features.ClearAsync(Tenant, feature, HttpContext.RequestAborted));
        return RedirectWithFlash(cleared ? $"The override of {feature} is cleared." : $"{feature} had no override.");
    }

    private async Task LoadAsync() => Features = await features.ListAsync(Tenant, HttpContext.RequestAborted);
}
