using System.Text.Json;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The real host (NotionForge built in) with a fake Notion server on loopback, shared by a test class; each test makes
/// its own tenant, key and Notion token (ADR 50). The fake limits like Notion (3 req/s per token).
/// </summary>
public sealed class NotionForgeHostFixture : SharedTestHost
{
    public FakeNotionServer Notion { get; private set; } = null!;

    protected override async Task StartDependenciesAsync() => Notion = await FakeNotionServer.StartAsync();

    protected override async ValueTask StopDependenciesAsync()
    {
        if (Notion is not null) await Notion.DisposeAsync();
    }

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Forge:NotionForge:Notion:BaseUrl"] = Notion.BaseAddress.ToString(),
        ["Forge:NotionForge:Notion:RetryBaseDelay"] = "00:00:00.200",
        ["Forge:NotionForge:RateLimitPerMinute"] = "100000", // every test shares the loopback IP's quota (ADR 54)
    };
}

internal static class NotionForgeApi
{
    /// <summary>A tenant, a client carrying its NotionForge key, and a Notion token the fake server accepts.</summary>
    public static async Task<(Guid Tenant, HttpClient Client, string NotionToken)> TenantAsync(this NotionForgeHostFixture fixture)
    {
        var host = fixture.Host;
        var tenant = await host.CreateTenantAsync(fixture.UniqueName("notion"));
        var key = await host.CreateKeyAsync(tenant, Products.NotionForge);
        return (tenant.Id, host.ClientWithKey(key), fixture.Notion.AddToken());
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

    /// <summary>Asserts ADR 42's error envelope and returns its <c>error</c> object.</summary>
    public static async Task<JsonElement> ErrorAsync(this HttpResponseMessage response, int status, string code)
    {
        var body = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(status, body.ToString());
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("request_id").GetString()!.ShouldStartWith("req_");
        var error = body.GetProperty("error");
        error.GetProperty("code").GetString().ShouldBe(code);
        return error;
    }
}
