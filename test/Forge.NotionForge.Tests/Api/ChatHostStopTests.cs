using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// A host process stops gracefully (SIGTERM) while a chat's approved generation runs — held deterministically at the
/// fake Notion server's first page create, already applied. The socket gets a prompt, clean close (1001 Going Away)
/// naming the task, the process exits, and the task is not cancelled: a restarted host completes it with exactly the
/// tree an uninterrupted chat makes (ADR 53, "A host that stops"). A client's own close still cancels (ChatGenerationTests).
/// </summary>
[ProviderSensitive]
public sealed class ChatHostStopTests
{
    private const string Prompt = "프로젝트 관리 대시보드 만들어줘";

    [Fact]
    public async Task A_stopping_host_closes_the_chat_with_going_away_and_its_task_completes_on_the_next_host()
    {
        await using var notion = await FakeNotionServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        var settings = TaskHosts.Settings(database, notion);
        var token = notion.AddToken();
        var parent = notion.AddPage("Parent");
        var uninterrupted = notion.AddPage("Uninterrupted");
        var hold = notion.Hold((m, p) => m == "POST" && p.EndsWith("v1/pages", StringComparison.Ordinal), 1, afterApply: true);

        string key, taskId;
        await using (var first = await HostProcess.StartAsync(settings))
        {
            key = await TaskHosts.CreateKeyAsync(settings);
            using var socket = await ConnectAsync(first, key);
            taskId = await ApproveAsync(socket, token, parent);
            await hold.Arrived.WaitAsync(TimeSpan.FromSeconds(60));

            var watch = Stopwatch.StartNew();
            await first.TerminateAsync();
            var close = await ReceiveCloseAsync(socket, TimeSpan.FromSeconds(10));
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
            close.CloseStatus.ShouldBe(WebSocketCloseStatus.EndpointUnavailable);
            (socket.CloseStatusDescription ?? "").ShouldContain(taskId);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            (await first.WaitForExitAsync(TimeSpan.FromSeconds(30))).ShouldBe(0, first.Output);
        }
        hold.Release();

        await using (var second = await HostProcess.StartAsync(settings))
        {
            using var client = TaskHosts.Client(second, key);
            var task = await client.FinishedAsync(taskId);
            task.Status().ShouldBe("completed", task.ToString());

            // The same chat without a stop, for the tree to compare with.
            using var socket = await ConnectAsync(second, key);
            await ApproveAsync(socket, token, uninterrupted);
            string? type;
            while ((type = (await ReceiveAsync(socket)).GetProperty("type").GetString()) != "complete") type.ShouldBe("progress");
        }
        notion.Store.Outline(parent).ShouldBe(notion.Store.Outline(uninterrupted));
        notion.Store.ChildrenOf(parent).Count.ShouldBe(1);
        notion.Log.Entries.ShouldNotContain(e => e.Status >= 400 && e.Status != 429);
    }

    private static async Task<ClientWebSocket> ConnectAsync(HostProcess host, string key)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("X-API-Key", key);
        await socket.ConnectAsync(new Uri(host.BaseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "ws/chat"), CancellationToken.None);
        return socket;
    }

    /// <summary>init → message → ai_response → approval_request → approve; the task id from the queued progress frame.</summary>
    private static async Task<string> ApproveAsync(ClientWebSocket socket, string token, string parent)
    {
        await SendAsync(socket, new { type = "init", notion_token = token, parent_page_id = parent, settings = new { complexity = "simple", include_sample_data = false } });
        await ExpectAsync(socket, "ready");
        await SendAsync(socket, new { type = "message", content = Prompt });
        await ExpectAsync(socket, "ai_response");
        await ExpectAsync(socket, "approval_request");
        await SendAsync(socket, new { type = "approve" });
        return (await ExpectAsync(socket, "progress")).GetProperty("task_id").GetString()!;
    }

    private static Task SendAsync(ClientWebSocket socket, object frame) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(frame)), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ExpectAsync(ClientWebSocket socket, string type)
    {
        var frame = await ReceiveAsync(socket);
        frame.GetProperty("type").GetString().ShouldBe(type, frame.ToString());
        return frame;
    }

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, deadline.Token);
            result.MessageType.ShouldBe(WebSocketMessageType.Text, $"closed: {socket.CloseStatus} {socket.CloseStatusDescription}");
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonSerializer.Deserialize<JsonElement>(message.ToArray());
        }
    }

    /// <summary>Reads past any progress frames to the server's close, within <paramref name="timeout"/>.</summary>
    private static async Task<WebSocketReceiveResult> ReceiveCloseAsync(ClientWebSocket socket, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, deadline.Token);
            if (result.MessageType == WebSocketMessageType.Close) return result;
        }
    }
}
