using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;

namespace Forge.Fortune.Tests.Api;

/// <summary>Helpers for the <c>/v1/profiles</c> tests: Enterprise clients, creating profiles, reading bodies.</summary>
internal static class ProfileApi
{
    public const string Kim = """{"name":"김민수","birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":14,"birth_minute":30,"gender":"male"}""";

    public static async Task<HttpClient> EnterpriseClientAsync(this TestHost host, string tenantName, params string[] permissions)
    {
        var tenant = await host.CreateTenantAsync(tenantName, Editions.Enterprise);
        return host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune, permissions: permissions));
    }

    public static async Task<JsonElement> CreateProfileAsync(this HttpClient client, string json = Kim)
    {
        var response = await client.PostJsonAsync("/v1/profiles", json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> OkJsonAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string json) =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;

    public static async Task ShouldBeErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code, string type, string? field = null)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        var error = await response.ErrorAsync();
        error.Str("code").ShouldBe(code);
        error.Str("type").ShouldBe(type);
        if (field is not null) error.Str("field").ShouldBe(field);
    }

    public static async Task<long> AuditCountAsync(this TestHost host, string action, string resourceId) =>
        Convert.ToInt64(await host.Database.ScalarAsync(
            "SELECT COUNT(*) FROM fortune_audit_entries WHERE \"Action\" = @action AND \"ResourceId\" = @id",
            ("@action", action), ("@id", resourceId)));
}
