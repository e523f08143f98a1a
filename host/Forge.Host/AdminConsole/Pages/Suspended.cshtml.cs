using Forge.Host.Tenants;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages;

/// <summary>Where a suspended tenant's admin lands: a 403 that says why, with the sign-out button still there.</summary>
public sealed class SuspendedModel(TenantCache tenants) : ConsolePageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var tenant = UserTenantId is { } id ? await tenants.FindAsync(id, HttpContext.RequestAborted) : null;
        if (tenant?.State != TenantState.Suspended) return Redirect(ConsoleSetup.BasePath);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
