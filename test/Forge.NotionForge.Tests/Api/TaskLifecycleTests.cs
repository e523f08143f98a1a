using System.Net;
using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Tasks through the real host against the fake Notion server (ADR 42, 51): a blueprint or a prompt becomes the
/// exact tree in Notion, the task answers the seed's shape, another tenant's task is NOT_FOUND, and a finished
/// generation can be rolled back.
/// </summary>
[ProviderSensitive]
public sealed class TaskLifecycleTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task A_blueprint_becomes_the_exact_tree_in_Notion_and_the_task_completes()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid()));
        taskId.ShouldMatch("^[0-9a-f]{12}$");

        var task = await client.FinishedAsync(taskId);
        task.Status().ShouldBe("completed", task.ToString());
        fixture.Notion.Store.Outline(parent).ShouldBe(TaskApi.ValidOutline);

        var result = task.GetProperty("result");
        result.GetProperty("success").GetBoolean().ShouldBeTrue();
        var root = fixture.Notion.Store.ChildrenOf(parent).Single();
        result.GetProperty("page_id").GetString().ShouldBe(root.Id);
        result.GetProperty("notion_url").GetString().ShouldBe($"https://www.notion.so/{root.Id.Replace("-", "")}");
        var summary = result.GetProperty("summary");
        summary.GetProperty("pages_created").GetInt32().ShouldBe(2);
        summary.GetProperty("databases_created").GetInt32().ShouldBe(2);
        summary.GetProperty("blocks_created").GetInt32().ShouldBe(7); // callout, column_list, 2 columns, 2 links; the sub page's paragraph
        result.GetProperty("created").EnumerateArray().Select(c => c.GetProperty("kind").GetString())
            .ShouldBe(["page", "page", "database", "database", "view", "view", "row", "row"]);
        task.GetProperty("completed_at").GetDouble().ShouldBeGreaterThanOrEqualTo(task.GetProperty("created_at").GetDouble());
        task.GetProperty("progress").GetArrayLength().ShouldBeGreaterThan(0);

        // The task row's relation points at the project row.
        FakeNotionNode Row(string database) => fixture.Notion.Store.ChildrenOf(fixture.Notion.Store.ChildrenOf(
            fixture.Notion.Store.ChildrenOf(root.Id).Single(n => n.Type == "database" && n.Text == database).Id).Single().Id).Single();
        var website = Row("Projects");
        var draft = Row("Tasks");
        draft.Body["properties"]!["Project"]!["relation"]![0]!["id"]!.GetValue<string>().ShouldBe(website.Id);
    }

    [Fact]
    public async Task A_prompt_is_planned_inside_the_task_and_generated()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, prompt: "습관 트래커 만들어줘"));
        var task = await client.FinishedAsync(taskId);
        task.Status().ShouldBe("completed", task.ToString());
        task.GetProperty("progress")[0].GetProperty("step").GetString().ShouldBe("blueprint");
        var root = fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
        root.Type.ShouldBe("page");
        fixture.Notion.Store.CountUnder(root.Id).ShouldBeGreaterThan(5);
        fixture.Notion.Log.Entries.ShouldNotContain(e => e.Token == token && e.Status >= 400 && e.Status != 429);
    }

    [Fact]
    public async Task Another_tenants_task_and_an_unknown_task_are_not_found()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var (_, other, _) = await fixture.TenantAsync();
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, fixture.Notion.AddPage("P"), SampleBlueprints.Valid()));
        foreach (var request in new Func<Task<HttpResponseMessage>>[]
                 {
                     () => other.GetAsync($"/api/tasks/{taskId}"),
                     () => other.DeleteAsync($"/api/tasks/{taskId}"),
                     () => other.PostAsync($"/api/tasks/{taskId}/rollback", null),
                     () => client.GetAsync("/api/tasks/000000000000"),
                 })
        {
            using var response = await request();
            (await response.ErrorAsync(404, "NOT_FOUND")).GetProperty("field").GetString().ShouldBe("task_id");
        }
        (await client.FinishedAsync(taskId)).Status().ShouldBe("completed");
    }

    [Fact]
    public async Task A_finished_generation_is_rolled_back_by_moving_its_root_to_the_trash()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid()));
        (await client.FinishedAsync(taskId)).Status().ShouldBe("completed");

        using var response = await client.PostAsync($"/api/tasks/{taskId}/rollback", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Notion.Store.ChildrenOf(parent).Single().InTrash.ShouldBeTrue();
        using var again = await client.PostAsync($"/api/tasks/{taskId}/rollback", null);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
