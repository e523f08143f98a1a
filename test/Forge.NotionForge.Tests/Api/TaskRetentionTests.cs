using Forge.NotionForge.Application.Tasks;
using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>The host with a one-second task retention, so the sweep's effect is visible at once.</summary>
public sealed class ShortRetentionHostFixture : SharedTestHost
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
        ["Forge:NotionForge:Tasks:Retention"] = "00:00:01",
    };
}

/// <summary>Finished tasks are deleted after the retention with their steps and events; running ones stay (ADR 42, 51).</summary>
[ProviderSensitive]
public sealed class TaskRetentionTests(ShortRetentionHostFixture fixture) : IClassFixture<ShortRetentionHostFixture>
{
    [Fact]
    public async Task The_sweep_deletes_finished_tasks_after_the_retention()
    {
        var tenant = await fixture.Host.CreateTenantAsync(fixture.UniqueName("keep"));
        using var client = fixture.Host.ClientWithKey(await fixture.Host.CreateKeyAsync(tenant, Products.NotionForge));
        var token = fixture.Notion.AddToken();
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, fixture.Notion.AddPage("P"), SampleBlueprints.Valid()));
        var finished = await client.FinishedAsync(taskId);
        finished.Status().ShouldBe("completed");

        // Once the retention has passed (a second), the sweep removes it.
        await Eventually.GetAsync(async () =>
        {
            await fixture.Host.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<TaskRetentionSweep>().ExecuteAsync(CancellationToken.None);
                return true;
            });
            using var response = await client.GetAsync($"/api/tasks/{taskId}");
            return (int)response.StatusCode;
        }, status => status == 404, TimeSpan.FromSeconds(30), "the finished task to be swept");
    }
}
