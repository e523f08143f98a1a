using System.Net.Http.Json;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The synchronous and streaming generate endpoints through the real host and the tasks area against the fake Notion
/// server (ADR 42, 53): the seed's 200 body, SSE frames as <c>id:</c> + <c>data: {"type": …}</c> led by the seed's
/// analyzing and generating steps, and a stream resumed with <c>Last-Event-ID</c>.
/// </summary>
[ProviderSensitive]
public sealed class GenerateFlowTests(BuiltInAiFixture fixture) : IClassFixture<BuiltInAiFixture>
{
    private static object Body(string token, string parent, string prompt = "간단한 습관 트래커 만들어줘") =>
        new { prompt, notion_token = token, parent_page_id = parent, options = new { include_sample_data = false } };

    [Fact]
    public async Task The_synchronous_generate_answers_the_seeds_body_once_the_template_exists()
    {
        var (_, client, _, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");

        using var response = await client.PostAsJsonAsync("/api/templates/generate", Body(token, parent));

        var body = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(200, body.ToString());
        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        var root = fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
        body.GetProperty("page_id").GetString().ShouldBe(root.Id);
        body.GetProperty("notion_url").GetString()!.ShouldContain(root.Id.Replace("-", ""));
        var summary = body.GetProperty("summary");
        summary.GetProperty("pages").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        summary.GetProperty("databases").GetInt32().ShouldBe(1);
        summary.GetProperty("blocks").GetInt32().ShouldBeGreaterThan(0);
        summary.GetProperty("duration_seconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        body.GetProperty("task_id").GetString()!.ShouldMatch("^[0-9a-f]{12}$");
        body.GetProperty("planner").GetString().ShouldBe("builtin");
    }

    [Fact]
    public async Task The_stream_leads_with_analyzing_and_generating_then_relays_the_task_to_complete()
    {
        var (_, client, _, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");

        using var stream = await RawSse.PostAsync(client, "/api/templates/generate/stream", Body(token, parent));
        var frames = await stream.ToTerminalAsync();

        frames[0].Type.ShouldBe("progress");
        frames[0].Data.GetProperty("step").GetString().ShouldBe("analyzing");
        frames[0].Id.ShouldBeNull();
        frames[1].Data.GetProperty("step").GetString().ShouldBe("generating");
        frames[2].Data.GetProperty("step").GetString().ShouldBe("queued");
        var taskId = frames[2].Data.GetProperty("task_id").GetString()!;
        frames[2].Id.ShouldBe($"{taskId}:0");
        frames.Skip(3).ShouldAllBe(f => f.Id!.StartsWith(taskId + ":"));
        var complete = frames[^1];
        complete.Type.ShouldBe("complete", complete.Data.ToString());
        complete.Data.GetProperty("notion_url").GetString().ShouldNotBeNullOrWhiteSpace();
        complete.Data.GetProperty("summary").GetProperty("databases_created").GetInt32().ShouldBe(1);
        fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Last_Event_ID_resumes_the_same_task_after_that_event_without_generating_again()
    {
        var (_, client, _, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        List<RawFrame> first;
        using (var stream = await RawSse.PostAsync(client, "/api/templates/generate/stream", Body(token, parent)))
            first = await stream.ToTerminalAsync();
        var withIds = first.Where(f => f.Id is not null).ToList();
        withIds.Count.ShouldBeGreaterThan(2);
        var resumeAfter = withIds[1];

        using var resumed = await RawSse.PostAsync(client, "/api/templates/generate/stream", new { }, resumeAfter.Id);
        var rest = await resumed.ToTerminalAsync();

        rest.Select(f => f.Id).ShouldBe(withIds.Skip(2).Select(f => f.Id));
        rest[^1].Type.ShouldBe("complete");
        fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem(); // resumed, not generated twice
    }

    [Fact]
    public async Task Another_tenants_task_cannot_be_resumed()
    {
        var (_, owner, _, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        string id;
        using (var stream = await RawSse.PostAsync(owner, "/api/templates/generate/stream", Body(token, parent)))
            id = (await stream.ToTerminalAsync()).First(f => f.Id is not null).Id!;

        var (_, stranger, _, _) = await fixture.TenantAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/templates/generate/stream") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Last-Event-ID", id);
        using var response = await stranger.SendAsync(request);
        await response.ErrorAsync(404, "NOT_FOUND");
    }
}

/// <summary>
/// The waits themselves, with a 2 s synchronous limit and a 0.2 s heartbeat. The fake Notion server holds the task's first
/// request for a minute (an injected fault answered late), so the task is busy for certain while the test looks; the test
/// then cancels it.
/// </summary>
[ProviderSensitive]
public sealed class GenerateWaitTests(ShortWaitFixture fixture) : IClassFixture<ShortWaitFixture>
{
    private static object Body(string token, string parent) =>
        new { prompt = "간단한 습관 트래커 만들어줘", notion_token = token, parent_page_id = parent, options = new { include_sample_data = false } };

    private void StallNextNotionRequest() =>
        fixture.Notion.EnqueueFault(new FakeNotionFault(503, "service_unavailable") { Delay = TimeSpan.FromMinutes(1) });

    [Fact]
    public async Task The_synchronous_wait_ends_in_TIMEOUT_with_the_task_id_and_the_task_goes_on()
    {
        var (_, client, _, token) = await fixture.TenantAsync();
        StallNextNotionRequest();

        using var response = await client.PostAsJsonAsync("/api/templates/generate", Body(token, fixture.Notion.AddPage("Parent")));

        var error = await response.ErrorAsync(504, "TIMEOUT");
        var taskId = error.GetProperty("details").GetProperty("task_id").GetString()!;
        var task = await (await client.GetAsync($"/api/tasks/{taskId}")).JsonAsync();
        task.GetProperty("status").GetString().ShouldBeOneOf("pending", "running"); // the wait ended, not the task
        (await client.DeleteAsync($"/api/tasks/{taskId}")).IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task An_idle_stream_sends_heartbeat_comments()
    {
        var (_, client, _, token) = await fixture.TenantAsync();
        StallNextNotionRequest();

        using var stream = await RawSse.PostAsync(client, "/api/templates/generate/stream", Body(token, fixture.Notion.AddPage("Parent")));
        string? taskId = null;
        RawFrame? frame;
        while ((frame = await stream.NextAsync(TimeSpan.FromSeconds(30))) is { Comment: null })
            if (frame.Data.TryGetProperty("task_id", out var id)) taskId = id.GetString();

        frame.ShouldNotBeNull().Comment.ShouldBe("heartbeat");
        taskId.ShouldNotBeNull();
        (await client.DeleteAsync($"/api/tasks/{taskId}")).IsSuccessStatusCode.ShouldBeTrue();
    }
}
