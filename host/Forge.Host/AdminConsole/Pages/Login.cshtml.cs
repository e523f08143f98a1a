using System.ComponentModel.DataAnnotations;
using Forge.Host.Accounts;
using Forge.Host.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages;

public sealed class LoginModel(SignInManager<ForgeUser> signIn, UserManager<ForgeUser> users, AuditLog audit) : ConsolePageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address such as ops@example.com.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            await audit.WriteAsync(new AuditActor(null, Input.Email.Trim(), ip), AuditActions.SignInFailed, null, Input.Email.Trim(), "unknown e-mail");
            return Refuse("E-mail or password is wrong.");
        }
        var actor = new AuditActor(user.Id, user.Email ?? user.UserName ?? "", ip);
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(actor, AuditActions.SignedIn, user.TenantId, actor.Name, null);
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.IsLockedOut)
        {
            var until = await users.GetLockoutEndDateAsync(user);
            await audit.WriteAsync(actor, AuditActions.LockedOut, user.TenantId, actor.Name, $"locked until {until:u}");
            var minutes = until is { } end ? Math.Max(1, (int)Math.Ceiling((end - DateTimeOffset.UtcNow).TotalMinutes)) : 5;
            return Refuse($"Too many failed sign-ins: this account is locked for {minutes} more minute{(minutes == 1 ? "" : "s")}.");
        }
        await audit.WriteAsync(actor, AuditActions.SignInFailed, user.TenantId, actor.Name, "wrong password");
        return Refuse("E-mail or password is wrong.");
    }

    private IActionResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        Input.Password = null;
        return Page();
    }

    /// <summary>Only console paths on this site: never an open redirect.</summary>
    private string SafeReturnUrl =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith(ConsoleSetup.BasePath, StringComparison.OrdinalIgnoreCase) ? url : ConsoleSetup.BasePath;
}
