using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// NotionForge's WebSocket chats through nginx (<c>/ws/chat</c>, upgraded by the proxy): init → message → approval →
/// approve → progress … complete, one chat at a time. A chat whose socket breaks after its task was accepted (its host
/// was killed) resumes the task by id (<c>GET /api/tasks/{id}</c> through the proxy) and follows it to its end.
/// </summary>
internal sealed class NotionForgeChats
{
    private int _completed, _resumed, _broken, _closedCleanly, _failed;

    public async Task LoopAsync(ClusterRun run, HttpClient client, string key, Func<string> newParent, string notionToken, string prompt,
        Action<string, string, string> accept, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var parent = newParent();
            string? taskId = null;
            using var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("X-API-Key", key);
            try
            {
                using var connect = CancellationTokenSource.CreateLinkedTokenSource(stop);
                connect.CancelAfter(TimeSpan.FromSeconds(30));
                await socket.ConnectAsync(new Uri(run.Proxy.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "ws/chat"), connect.Token);
                await SendAsync(socket, new { type = "init", notion_token = notionToken, parent_page_id = parent, settings = new { complexity = "simple", include_sample_data = false } });
                await ExpectAsync(socket, "ready");
                await SendAsync(socket, new { type = "message", content = prompt });
                await ExpectAsync(socket, "ai_response");
                await ExpectAsync(socket, "approval_request");
                await SendAsync(socket, new { type = "approve" });
                var queued = await ExpectAsync(socket, "progress");
                taskId = queued.GetProperty("task_id").GetString()!;
                accept(taskId, parent, "chat");
                // Followed to its end on the socket, whatever happens to the hosts meanwhile (the load's stop does not cut it).
                while (true)
                {
                    var frame = await ReceiveAsync(socket, TimeSpan.FromSeconds(120));
                    var type = frame.GetProperty("type").GetString();
                    if (type == "progress") continue;
                    if (type == "complete") Interlocked.Increment(ref _completed);
                    else Interlocked.Increment(ref _failed);
                    break;
                }
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                Interlocked.Increment(ref _failed); // an unexpected frame (an error where the protocol says otherwise)
            }
            catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
            {
                if (taskId is null) { await PauseAsync(stop); continue; } // nothing accepted: a new chat
                if (e is WebSocketException { Message: ClosedByServer }) Interlocked.Increment(ref _closedCleanly);
                Interlocked.Increment(ref _broken);
                // Resume the task by id on whichever host answers (bounded: verification reports a task that never ends).
                if (await ClusterRun.WaitAsync(async () => await TryStatusAsync(run, client, taskId) is "completed" or "failed" or "cancelled", TimeSpan.FromSeconds(180)))
                    Interlocked.Increment(ref _resumed);
            }
        }
    }

    public ClusterFigure Figure() => new("notionforge: chats completed on the socket / sockets broken after acceptance (closed cleanly) → tasks resumed / failed",
        $"{_completed} / {_broken} ({_closedCleanly}) → {_resumed} / {_failed}", _failed == 0 && _resumed == _broken);

    private static async Task<string?> TryStatusAsync(ClusterRun run, HttpClient client, string taskId)
    {
        try { return await NotionForgeWorkload.StatusAsync(run, client, taskId, "resume"); }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return null; }
    }

    private static async Task PauseAsync(CancellationToken stop)
    {
        try { await Task.Delay(500, stop); } catch (OperationCanceledException) { }
    }

    private static Task SendAsync(ClientWebSocket socket, object frame) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(frame)), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ExpectAsync(ClientWebSocket socket, string type)
    {
        var frame = await ReceiveAsync(socket, TimeSpan.FromSeconds(60));
        if (frame.GetProperty("type").GetString() != type) throw new InvalidOperationException($"expected {type}, got {frame}");
        return frame;
    }

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, deadline.Token);
            if (result.MessageType == WebSocketMessageType.Close) throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, ClosedByServer);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonSerializer.Deserialize<JsonElement>(message.ToArray());
        }
    }

    /// <summary>The server closed the socket with a close frame (a clean close, as opposed to a broken connection).</summary>
    private const string ClosedByServer = "closed by the server with a close frame";
}
