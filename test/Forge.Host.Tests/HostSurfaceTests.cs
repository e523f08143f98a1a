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
        (await _host.Client.GetStringAsync("/health/live")).ShouldBe("Healthy");
        (await _host.Client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
        var openApi = await _host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
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

        var operatorClient = _host.CreateClient();
        (await operatorClient.PostAsJsonAsync("/api/account/login", new { email = "ops@forge.test", password = hostPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await operatorClient.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var whoami = await operatorClient.GetFromJsonAsync<JsonElement>("/api/platform/whoami");
        whoami.GetProperty("credential").GetProperty("type").GetString().ShouldBe("user");
        whoami.GetProperty("tenant_id").ValueKind.ShouldBe(JsonValueKind.Null);

        var tenantAdmin = _host.CreateClient();
        (await tenantAdmin.PostAsJsonAsync("/api/account/login", new { email = "admin@console-co.test", password = tenantPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tenantAdmin.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tenantAdmin.GetFromJsonAsync<JsonElement>("/api/platform/whoami")).GetProperty("tenant_name").GetString().ShouldBe("console-co");
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
