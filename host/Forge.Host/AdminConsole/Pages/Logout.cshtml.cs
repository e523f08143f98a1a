using Forge.Host.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages;

public sealed class LogoutModel(SignInManager<ForgeUser> signIn) : ConsolePageModel
{
    public IActionResult OnGet() => Redirect(ConsoleSetup.BasePath);

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/console/login");
    }
}
