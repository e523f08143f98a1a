using Forge.Host.Accounts;
using Forge.Host.Audit;
using Forge.Host.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Forge.Host.AdminConsole;

/// <summary>
/// The admin console: server-rendered Razor Pages under <c>/console</c>, signed in with the
/// Identity cookie. Pages in <c>Pages/Host</c> are for host admins only; tenant pages check on
/// every request that a tenant admin asks for their own tenant (<see cref="TenantPageModel"/>).
/// </summary>
public static class ConsoleSetup
{
    public const string BasePath = "/console";
    public const string ConsoleUserPolicy = "console-user";

    public static IServiceCollection AddForgeConsole(this IServiceCollection services)
    {
        // MVC's parts: this assembly only, and no controller discovery (ADR 46). A manager registered before
        // AddRazorPages makes MVC skip its default discovery (every referenced assembly that references ASP.NET
        // Core — the kernel and each module — with every type of each loaded and checked for controllers at
        // start-up). Forge has no MVC controllers; the console's compiled pages are this assembly's, added below.
        services.AddSingleton(new ApplicationPartManager());
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/AdminConsole/Pages";
            o.Conventions.AuthorizeFolder("/", ConsoleUserPolicy);
            o.Conventions.AuthorizeFolder("/Host", Policies.HostAdmin);
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
        })
            // The pages live in this assembly, which is not the entry assembly when a test or another
            // program builds the host in-process.
            .AddApplicationPart(typeof(ConsoleSetup).Assembly)
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var controllers in parts.FeatureProviders.OfType<ControllerFeatureProvider>().ToList())
                    parts.FeatureProviders.Remove(controllers);
            });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "forge.flash";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = BasePath;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "forge.csrf";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // The session cookie is always Secure (browsers keep Secure cookies on http://localhost, so the
            // embedded default still works); the antiforgery cookie follows the request, because
            // ASP.NET Core refuses to issue an Always-Secure antiforgery token over plain HTTP at all.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = BasePath;
        });
        services.AddAuthorizationBuilder().AddPolicy(ConsoleUserPolicy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireRole(ForgeRole.HostAdmin, ForgeRole.TenantAdmin));
        services.AddScoped<AuditLog>();
        return services;
    }

    /// <summary>The console's pages, mapped on its first request (<see cref="Platform.EndpointsOnFirstRequest"/>, ADR 46).</summary>
    public static void MapPages(IEndpointRouteBuilder endpoints) => endpoints.MapRazorPages();

    public static void MapForgeConsole(this WebApplication app) => app.MapConsoleAssets();

    public static bool IsConsolePath(PathString path) => path.StartsWithSegments(BasePath);
}
