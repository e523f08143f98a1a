using Forge.Host.Accounts;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Hosting.Identity;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;

namespace Forge.Host.Authentication;

/// <summary>
/// One handler per credential type (API key, OAuth bearer token, console cookie) behind a policy
/// scheme that picks the handler from the request, and one authorization policy per product.
/// </summary>
public static class AuthenticationSetup
{
    public const string PolicyScheme = "Forge";

    public static IServiceCollection AddForgeAuthentication(this IServiceCollection services)
    {
        services.AddIdentityCore<ForgeUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<ForgeRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = PolicyScheme;
                o.DefaultChallengeScheme = PolicyScheme;
            })
            .AddPolicyScheme(PolicyScheme, "API key, bearer token or console login", o =>
            {
                o.ForwardDefaultSelector = SelectScheme;
                o.ForwardChallenge = ApiKeyAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.Cookie.Name = "forge.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Sent over HTTPS only, even when Kestrel itself speaks plain HTTP behind a TLS proxy.
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.LoginPath = "/console/login";
                // Console pages: the sign-in page, or a 403 page in place. API callers: status codes, not redirects.
                o.Events.OnRedirectToLogin = c =>
                {
                    if (!AdminConsole.ConsoleSetup.IsConsolePath(c.Request.Path))
                        return PlatformProblem.WriteAsync(c.HttpContext, 401, "Unauthorized", "Sign in first.");
                    c.Response.Redirect(c.RedirectUri);
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = c =>
                {
                    if (!AdminConsole.ConsoleSetup.IsConsolePath(c.Request.Path))
                        return PlatformProblem.WriteAsync(c.HttpContext, 403, "Forbidden", "Your account may not do this.");
                    c.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            }));

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.HostAdmin, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(ForgeRole.HostAdmin));
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IProductCatalog>((o, catalog) =>
        {
            foreach (var product in catalog.All)
                o.AddPolicy(ProductEndpointExtensions.PolicyFor(product.Name),
                    p => p.RequireAuthenticatedUser().AddRequirements(new ProductRequirement(product.Name, product.Scope)));
        });
        services.AddSingleton<IAuthorizationHandler, ProductRequirementHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ForgeAuthorizationResultHandler>();
        return services;
    }

    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        if (ApiKeyAuthenticationHandler.ReadKey(context.Request, context.RequestServices.GetRequiredService<IProductCatalog>()).Key is not null)
            return ApiKeyAuthenticationHandler.SchemeName;
        if (context.Request.Cookies.ContainsKey("forge.auth"))
            return IdentityConstants.ApplicationScheme;
        return ApiKeyAuthenticationHandler.SchemeName;
    }
}

public static class Policies
{
    public const string HostAdmin = "host-admin";
}
