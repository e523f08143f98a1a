using Forge.Host.Accounts;
using Forge.Host.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Console.Tests.Infrastructure;

/// <summary>
/// The real host on HTTPS (the console cookie is Secure) with Fortune and a test module that declares a credit
/// price (as a billing module would, for the credits page), and its console users.
/// </summary>
public static class ConsoleHost
{
    /// <summary>A password that satisfies the host's Identity rules (12+ characters, all classes).</summary>
    public const string Password = "Console-Test-Pass-1!";

    /// <remarks>The database follows <c>FORGE_TEST_DB</c> like every other test host (SQLite, or PostgreSQL).</remarks>
    public static Task<TestHost> StartAsync(IDictionary<string, string?>? settings = null) =>
        TestHost.StartAsync(["Fortune", "WebhookPolicy"], settings, https: true);

    /// <summary>A host admin (all tenants) who can sign in with <see cref="Password"/>.</summary>
    public static Task<ForgeUser> CreateHostAdminAsync(this TestHost host, string email) =>
        host.InScopeAsync(async sp => (await sp.GetRequiredService<AdminUserManager>().CreateAsync(email, tenant: null, Password)).User);

    /// <summary>A tenant admin of <paramref name="tenant"/> who can sign in with <see cref="Password"/>.</summary>
    public static Task<ForgeUser> CreateTenantAdminAsync(this TestHost host, string email, Tenant tenant) =>
        host.InScopeAsync(async sp => (await sp.GetRequiredService<AdminUserManager>().CreateAsync(email, tenant, Password)).User);
}
