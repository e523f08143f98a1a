using Forge.Host;
using Forge.Host.ApiKeys;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.TestKit.FakeNotion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.NotionForge.Tests.Api;

/// <summary>NotionForge in real host processes (to kill, or to run two side by side) on a database of their own.</summary>
internal static class TaskHosts
{
    public static Dictionary<string, string?> Settings(TestDatabase database, FakeNotionServer notion, string? redis = null)
    {
        var settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:Modules"] = "NotionForge",
            ["Forge:Jobs:Storage"] = "InMemory",
            ["Forge:Jobs:PollingSeconds"] = "0.2",
            // Fixed, so a restarted host decrypts the task's stored Notion token.
            ["Forge:Security:PiiKey"] = Convert.ToBase64String([.. Enumerable.Range(7, 32).Select(i => (byte)i)]),
            ["Forge:NotionForge:Notion:BaseUrl"] = notion.BaseAddress.ToString(),
            ["Forge:NotionForge:Notion:RetryBaseDelay"] = "00:00:00.200",
            // These tests poll their tasks from one loopback IP; the per-IP quota is QuotaTests' subject, not theirs.
            ["Forge:NotionForge:RateLimitPerMinute"] = "0",
        };
        if (redis is not null) settings["ConnectionStrings:Redis"] = redis;
        return settings;
    }

    public static HttpClient Client(HostProcess host, string key)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-API-Key", key);
        return client;
    }

    /// <summary>A NotionForge key of a new tenant, made through the host's services on the same database.</summary>
    public static async Task<string> CreateKeyAsync(IDictionary<string, string?> settings)
    {
        await using var app = ForgeApplication.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
        });
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync("crash-co", Editions.Enterprise);
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyManager>().CreateAsync(tenant, Products.NotionForge, null)).Plaintext;
    }
}
