using System.Net;
using System.Net.Http.Json;
using Forge.Host.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Forge.TestKit;

public static class TestHostConsoleExtensions
{
    /// <summary>
    /// A new host admin's console session over plain HTTP: signs in with <c>POST /api/account/login</c> and forwards the
    /// Secure auth cookie by hand (the handler would not send it over http), as a module's console tests need.
    /// </summary>
    public static async Task<HttpClient> HostAdminConsoleAsync(this TestHost host)
    {
        var email = $"ops-{Guid.NewGuid():N}@console.test";
        var (_, password) = await host.InScopeAsync(sp => sp.GetRequiredService<AdminUserManager>().CreateAsync(email, null));
        using var login = await host.Client.PostAsJsonAsync("/api/account/login", new { email, password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forge.auth=", StringComparison.Ordinal)).Split(';')[0];
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
