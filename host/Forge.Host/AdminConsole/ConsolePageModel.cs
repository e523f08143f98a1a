using System.Security.Claims;
using Forge.Host.Accounts;
using Forge.Host.Audit;
using Forge.Host.Platform;
using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Forge.Host.AdminConsole;

/// <summary>What every console page knows about the signed-in user.</summary>
public abstract class ConsolePageModel : PageModel
{
    public bool IsHostAdmin => User.IsInRole(ForgeRole.HostAdmin);

    /// <summary>The tenant of a tenant admin; null for a host admin.</summary>
    public Guid? UserTenantId => Guid.TryParse(User.FindFirstValue(ForgeClaims.TenantId), out var id) ? id : null;

    /// <summary>A one-line message shown once on the next page (after a redirect).</summary>
    [TempData] public string? Flash { get; set; }

    protected AuditActor Actor => new(
        Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "unknown",
        HttpContext.Connection.RemoteIpAddress?.ToString());

    /// <summary>Shows a domain validation error next to the form field it names.</summary>
    protected void ShowError(PlatformValidationException e, string prefix) =>
        ModelState.AddModelError($"{prefix}.{char.ToUpperInvariant(e.Field[0])}{e.Field[1..]}", e.Message);

    protected void ShowError(string field, string message) => ModelState.AddModelError(field, message);

    protected IActionResult RedirectWithFlash(string message)
    {
        Flash = message;
        return RedirectToPage();
    }
}
