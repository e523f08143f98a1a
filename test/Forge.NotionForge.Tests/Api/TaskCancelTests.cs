using System.Diagnostics;
using Forge.NotionForge.Tests.Blueprints;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Cancelling and the running-task limit (ADR 42, 51), made deterministic by holding a request in the fake Notion
/// server: DELETE stops the running step within 2 s and nothing reaches Notion after it answers; the 11th task of a
/// tenant is RATE_LIMITED, not queued.
/// </summary>
[ProviderSensitive]
public sealed class TaskCancelTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task Delete_mid_generation_stops_within_two_seconds_and_nothing_is_written_after_it_answers()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var hold = fixture.Notion.Hold((method, path) => method == "POST" && path == "v1/databases"); // after the root and the sub page
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid()));
        await hold.Arrived.WaitAsync(TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        using var response = await client.DeleteAsync($"/api/tasks/{taskId}");
        clock.Stop();
        var task = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(200, task.ToString());
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        task.Status().ShouldBe("cancelled");
        var result = task.GetProperty("result");
        result.GetProperty("success").GetBoolean().ShouldBeFalse();
        result.GetProperty("created").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ShouldBe(["Team hub", "Guide"]);
        var writesWhenAnswered = fixture.Notion.Log.For(token).Count;

        hold.Release(); // the held create was abandoned by the client: it must not land
        (await client.TaskAsync(taskId)).Status().ShouldBe("cancelled");
        fixture.Notion.Log.For(token).Count.ShouldBe(writesWhenAnswered);
        var root = fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
        fixture.Notion.Store.ChildrenOf(root.Id).Select(n => n.Type).ShouldBe(["page"]); // the sub page, no database
        using var again = await client.DeleteAsync($"/api/tasks/{taskId}");
        (await again.JsonAsync()).Status().ShouldBe("cancelled");
    }

    [Fact]
    public async Task The_eleventh_running_task_of_a_tenant_is_rate_limited_and_not_queued()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var hold = fixture.Notion.Hold((_, _) => true, nth: 0); // every task stays at its first request or waits for a worker
        try
        {
            var ids = new List<string>();
            for (var i = 0; i < 10; i++) ids.Add(await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid())));
            using (var eleventh = await client.PostAsync("/api/tasks/submit", TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid())))
            {
                var error = await eleventh.ErrorAsync(429, "RATE_LIMITED");
                error.GetProperty("details").GetProperty("retry_after").GetInt32().ShouldBeGreaterThan(0);
            }
            // Another tenant is not affected.
            var (_, other, otherToken) = await fixture.TenantAsync();
            var otherTask = await other.SubmitAsync(TaskApi.SubmitBody(otherToken, parent, SampleBlueprints.Valid()));

            foreach (var id in ids)
            {
                using var cancelled = await client.DeleteAsync($"/api/tasks/{id}");
                (await cancelled.JsonAsync()).Status().ShouldBe("cancelled");
            }
            using var cancelOther = await other.DeleteAsync($"/api/tasks/{otherTask}");
            // With the ten cancelled, the tenant may submit again.
            hold.Release();
            var next = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid()));
            (await client.FinishedAsync(next)).Status().ShouldBe("completed");
        }
        finally
        {
            hold.Release();
        }
    }
}
