using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Accounts;
using Forge.Host.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>Health, OpenAPI, the console's sign-in and the operators' job dashboard.</summary>
public sealed class HostSurfaceTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Health_and_api_description_are_served()
    {
        (await _host.Client.GetStringAsync(Forge.Host.Health.PlatformProbes.LivePath)).ShouldBe("Healthy");
        (await _host.Client.GetStringAsync(Forge.Host.Health.PlatformProbes.ReadyPath)).ShouldBe("Healthy");
        var openApi = await _host.Client.GetFromJsonAsync<JsonElement>("/openapi/platform.json");
        openApi.GetProperty("paths").TryGetProperty("/api/platform/whoami", out _).ShouldBeTrue();
        (await _host.Client.GetAsync("/scalar/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_host_admin_signs_in_and_sees_the_job_dashboard_a_tenant_admin_does_not()
    {
        var tenant = await _host.CreateTenantAsync("console-co");
        var (_, hostPassword) = await _host.InScopeAsync(sp => sp.GetRequiredService<AdminUserManager>().CreateAsync("ops@forge.test", null));
        var (_, tenantPassword) = await _host.InScopeAsync(sp => sp.GetRequiredService<AdminUserManager>().CreateAsync("admin@console-co.test", tenant));

        var anonymous = _host.CreateClient();
        (await anonymous.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var operatorClient = await SignInAsync("ops@forge.test", hostPassword);
        (await operatorClient.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var whoami = await operatorClient.GetFromJsonAsync<JsonElement>("/api/platform/whoami");
        whoami.GetProperty("credential").GetProperty("type").GetString().ShouldBe("user");
        whoami.GetProperty("tenant_id").ValueKind.ShouldBe(JsonValueKind.Null);

        using var tenantAdmin = await SignInAsync("admin@console-co.test", tenantPassword);
        (await tenantAdmin.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tenantAdmin.GetFromJsonAsync<JsonElement>("/api/platform/whoami")).GetProperty("tenant_name").GetString().ShouldBe("console-co");
    }

    [Fact]
    public async Task The_sign_in_cookie_is_secure_http_only_and_same_site_strict()
    {
        var (_, password) = await _host.InScopeAsync(sp => sp.GetRequiredService<AdminUserManager>().CreateAsync("cookie2@forge.test", null));
        var login = await _host.Client.PostAsJsonAsync("/api/account/login", new { email = "cookie2@forge.test", password });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forge.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("; secure");
        cookie.ShouldContain("; httponly");
        cookie.ShouldContain("; samesite=strict");
    }

    /// <summary>
    /// Signs in and returns a client that sends the session cookie. The cookie is Secure, which .NET's
    /// cookie container (rightly) never sends over plain HTTP, so the test forwards it by hand.
    /// </summary>
    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var login = await _host.Client.PostAsJsonAsync("/api/account/login", new { email, password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forge.auth=", StringComparison.Ordinal)).Split(';')[0];
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = _host.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Theory]
    [InlineData("{\"email\": 5", "not valid JSON")]
    [InlineData("{}", "required")]
    [InlineData("{\"email\":\"nobody@forge.test\",\"password\":\"x\"}", "wrong")]
    public async Task Bad_sign_ins_get_a_clear_4xx(string body, string message)
    {
        var response = await _host.Client.PostAsync("/api/account/login", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }
}
