using Forge.Hosting.MultiTenancy;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Tests.Blueprints;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// <see cref="IGenerationTasks.FollowAsync"/> as SSE and the WebSocket use it (ADR 50, 51): every event in order with
/// increasing ids, ending with the terminal one; resuming after an id (Last-Event-ID) gives only what came after.
/// </summary>
[ProviderSensitive]
public sealed class TaskFollowTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task Following_a_task_yields_its_progress_then_complete_and_resumes_after_an_event_id()
    {
        var (tenant, client, token) = await fixture.TenantAsync();
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, fixture.Notion.AddPage("P"), SampleBlueprints.Valid()));

        var all = await FollowAsync(tenant, taskId, 0);
        all.Select(e => e.Id).ShouldBeInOrder(SortDirection.Ascending);
        all.Select(e => e.Id).Distinct().Count().ShouldBe(all.Count);
        all[^1].Type.ShouldBe("complete");
        all[^1].Summary!.DatabasesCreated.ShouldBe(2);
        all[^1].NotionUrl.ShouldStartWith("https://www.notion.so/");
        var progress = all.Where(e => e.Type == "progress").ToList();
        progress.Count.ShouldBe(11); // one per Notion step of the plan (views and the schema read included, ADR 58)
        progress.Select(e => e.Current).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        progress.ShouldAllBe(e => e.Total == 11);

        var rest = await FollowAsync(tenant, taskId, all[4].Id);
        rest.Select(e => e.Id).ShouldBe(all.Skip(5).Select(e => e.Id));
        (await FollowAsync(tenant, taskId, all[^1].Id)).ShouldBeEmpty();
    }

    private Task<List<GenerationEvent>> FollowAsync(Guid tenant, string taskId, long after) => fixture.Host.InScopeAsync(async sp =>
    {
        using var _ = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
        var events = new List<GenerationEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await foreach (var e in sp.GetRequiredService<IGenerationTasks>().FollowAsync(taskId, after, timeout.Token)) events.Add(e);
        return events;
    });
}
