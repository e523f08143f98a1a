using System.Net.Http.Json;
using System.Text.Json;
using Forge.Hosting.Credits;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Api;

/// <summary>The real host (Analysis built in) shared by a test class; each test makes its own tenant and key.</summary>
public sealed class AnalysisHostFixture : SharedTestHost;

internal static class AnalysisApi
{
    public const string Resume = """
        홍길동 — Backend Engineer
        Experience
        2019.03 - 2024.02 Acme Corp, Backend Engineer: built payment APIs in Java and Spring Boot on AWS, PostgreSQL, Kafka.
        Skills: Java, Spring Boot, Kotlin, PostgreSQL, Docker, Kubernetes
        """;

    public const string Posting = """
        Senior Backend Engineer
        Requirements
        - 3+ years of backend development with Java or Kotlin
        - Spring Boot, PostgreSQL
        Preferred
        - Kafka, Kubernetes
        """;

    public static object Body(string? webhookUrl = null, string? secret = null) => new
    {
        resumeData = new { type = "text", content = Resume },
        jobPostingData = new { type = "html", content = $"<h1>{Posting}</h1>" },
        options = webhookUrl is null ? null : new { webhook = new { url = webhookUrl, secret } },
    };

    /// <summary>A tenant with <paramref name="credits"/> credits and a client carrying its MIRI key.</summary>
    public static Task<(Guid Tenant, HttpClient Client)> TenantAsync(this AnalysisHostFixture fixture, long credits) =>
        fixture.Host.TenantAsync(fixture.UniqueName("analysis"), credits);

    /// <summary>A tenant named <paramref name="name"/> (unique on the host) on a host of the test's own.</summary>
    public static async Task<(Guid Tenant, HttpClient Client)> TenantAsync(this TestHost host, string name, long credits)
    {
        var tenant = await host.CreateTenantAsync(name);
        if (credits > 0)
            await host.InScopeAsync(sp => sp.GetRequiredService<ICreditLedger>().GrantAsync(tenant.Id, credits, "test", $"grant-{tenant.Id}"));
        var key = await host.CreateKeyAsync(tenant, Products.Analysis);
        return (tenant.Id, host.ClientWithKey(key));
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

    public static Task<long> BalanceAsync(this AnalysisHostFixture fixture, Guid tenant) => fixture.Host.BalanceAsync(tenant);

    public static Task<long> BalanceAsync(this TestHost host, Guid tenant) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ICreditLedger>().GetBalanceAsync(tenant));

    public static async Task<JsonElement> WaitForStatusAsync(this HttpClient client, string id, params string[] statuses) =>
        await Eventually.GetAsync(async () => (await (await client.GetAsync($"/public/v1/analyses/{id}")).JsonAsync()).GetProperty("data"),
            data => statuses.Contains(data.GetProperty("status").GetString()), TimeSpan.FromSeconds(60), $"analysis {id} reaching {string.Join('/', statuses)}");

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, object body, string? requestId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/public/v1/analyses") { Content = JsonContent.Create(body) };
        if (requestId is not null) request.Headers.Add("X-Request-ID", requestId);
        return client.SendAsync(request);
    }
}
