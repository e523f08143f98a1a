using System.Text.Json;
using System.Net.WebSockets;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The chat's generation through the tasks area against the fake Notion server (ADR 53): approve → queued → progress →
/// complete with the template in Notion; closing the socket mid-generation cancels the task (held Notion request: no race).
/// </summary>
[ProviderSensitive]
public sealed class ChatGenerationTests(BuiltInAiFixture fixture) : IClassFixture<BuiltInAiFixture>
{
    [Fact]
    public async Task Approval_generates_the_template_with_progress_then_complete()
    {
        var (_, _, key, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        await using var chat = await ChatSocket.ConnectAsync(fixture.Host, key);
        await chat.InitAsync(token, parent, new { complexity = "simple", include_sample_data = false });
        await chat.SendAsync(new { type = "message", content = "독서 기록장 만들어줘" });
        await chat.ExpectAsync("ai_response");
        await chat.ExpectAsync("approval_request");

        await chat.SendAsync(new { type = "approve" });

        var queued = await chat.ExpectAsync("progress");
        queued.GetProperty("step").GetString().ShouldBe("queued");
        var taskId = queued.GetProperty("task_id").GetString()!;
        var progress = 0;
        while (true)
        {
            JsonElement frame;
            try { frame = await chat.ReceiveAsync(TimeSpan.FromSeconds(60)); }
            catch (OperationCanceledException)
            {
                // Say where the task stands, so a silence can be told apart from a task that never ran.
                using var client = fixture.Host.ClientWithKey(key);
                var state = await (await client.GetAsync($"/api/tasks/{taskId}")).Content.ReadAsStringAsync();
                throw new ShouldAssertException($"No frame within 60 s after {progress} progress frames; the task: {state}");
            }
            frame.GetProperty("task_id").GetString().ShouldBe(taskId);
            if (frame.GetProperty("type").GetString() == "progress")
            {
                frame.GetProperty("step").GetString().ShouldNotBeNullOrWhiteSpace();
                progress++;
                continue;
            }
            frame.GetProperty("type").GetString().ShouldBe("complete", frame.ToString());
            frame.GetProperty("notion_url").GetString().ShouldNotBeNullOrWhiteSpace();
            frame.GetProperty("summary").GetProperty("databases_created").GetInt32().ShouldBe(1);
            break;
        }
        progress.ShouldBeGreaterThan(0);
        fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();

        // The conversation starts afresh: the next request is a new template.
        await chat.SendAsync(new { type = "approve" });
        await chat.ExpectErrorAsync("INVALID_INPUT", "type");
    }

    [Fact]
    public async Task Closing_the_socket_mid_generation_cancels_the_task()
    {
        var (_, client, key, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        // The task's first Notion request is answered only after a minute: it is certainly mid-generation when the socket closes.
        fixture.Notion.EnqueueFault(new FakeNotionFault(503, "service_unavailable") { Delay = TimeSpan.FromMinutes(1) });
        string taskId;
        await using (var chat = await ChatSocket.ConnectAsync(fixture.Host, key))
        {
            await chat.InitAsync(token, parent);
            await chat.SendAsync(new { type = "message", content = "프로젝트 관리 대시보드 만들어줘" });
            await chat.ExpectAsync("ai_response");
            await chat.ExpectAsync("approval_request");
            await chat.SendAsync(new { type = "approve" });
            taskId = (await chat.ExpectAsync("progress")).GetProperty("task_id").GetString()!;
            await Eventually.GetAsync(() => Task.FromResult(fixture.Notion.Log.Entries.Any(e => e.Token == token)), seen => seen,
                TimeSpan.FromSeconds(30), "the task's first Notion request");

            await chat.CloseAsync();
            chat.Socket.State.ShouldBe(WebSocketState.Closed);
        }

        var task = await Eventually.GetAsync(async () => await (await client.GetAsync($"/api/tasks/{taskId}")).JsonAsync(),
            t => t.GetProperty("status").GetString() is "completed" or "failed" or "cancelled", TimeSpan.FromSeconds(10), "the task to stop");
        task.GetProperty("status").GetString().ShouldBe("cancelled", task.ToString());
    }
}
