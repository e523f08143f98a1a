using System.Net.Http.Json;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>The catalog's host with a 1 s generation wait (ADR 52), and a fake Notion whose queue of faults is its own.</summary>
public sealed class CatalogTimeoutFixture : SharedTestHost
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
        ["Forge:NotionForge:Catalog:GenerateTimeout"] = "00:00:01",
    };
}

/// <summary>
/// A recipe generation still running when the wait ends is <c>TIMEOUT</c> 504 naming its task, which keeps running
/// (ADR 42, 52). Deterministic: the fake holds the task's first Notion request for minutes, far past the 1 s wait.
/// </summary>
public sealed class CatalogTimeoutTests(CatalogTimeoutFixture fixture) : IClassFixture<CatalogTimeoutFixture>
{
    [Fact]
    public async Task A_generation_past_the_wait_is_TIMEOUT_with_its_task_id()
    {
        var tenant = await fixture.Host.CreateTenantAsync(fixture.UniqueName("timeout"));
        using var client = fixture.Host.ClientWithKey(await fixture.Host.CreateKeyAsync(tenant, Products.NotionForge));
        var token = fixture.Notion.AddToken();
        var parent = fixture.Notion.AddPage("Recipes");
        fixture.Notion.EnqueueFault(new FakeNotionFault(503, "service_unavailable") { Delay = TimeSpan.FromMinutes(5) });

        using var response = await client.PostAsJsonAsync("/api/recipes/reading-log/generate", new { notion_token = token, parent_page_id = parent });

        var error = await response.ErrorAsync(504, "TIMEOUT");
        var taskId = error.GetProperty("details").GetProperty("task_id").GetString()!;
        taskId.ShouldMatch("^[0-9a-f]{12}$");
        var task = await (await client.GetAsync($"/api/tasks/{taskId}")).JsonAsync();
        task.GetProperty("status").GetString().ShouldBeOneOf("pending", "running");
    }
}
