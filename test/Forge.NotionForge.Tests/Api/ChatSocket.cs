using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Forge.Hosting.WebSockets;

namespace Forge.NotionForge.Tests.Api;

/// <summary>A real <see cref="ClientWebSocket"/> on <c>/ws/chat</c> that sends and reads JSON frames, each read with a deadline.</summary>
internal sealed class ChatSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;

    private ChatSocket(ClientWebSocket socket) => _socket = socket;

    public ClientWebSocket Socket => _socket;

    public static Uri Address(TestHost host) => new(host.BaseAddress.ToString().Replace("http://", "ws://") + "ws/chat");

    /// <summary>Connects with the key in <c>X-API-Key</c>, or as a browser must, in the <c>forge.auth.</c> subprotocol.</summary>
    public static async Task<ChatSocket> ConnectAsync(TestHost host, string key, bool browserStyle = false)
    {
        var socket = new ClientWebSocket();
        if (browserStyle)
        {
            socket.Options.AddSubProtocol("forge");
            socket.Options.AddSubProtocol(WebSocketCredentialProtocol.For(key));
        }
        else socket.Options.SetRequestHeader("X-API-Key", key);
        await socket.ConnectAsync(Address(host), CancellationToken.None);
        return new ChatSocket(socket);
    }

    public Task SendAsync(object frame) => SendTextAsync(JsonSerializer.Serialize(frame));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendBinaryAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None);

    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, deadline.Token);
            result.MessageType.ShouldBe(WebSocketMessageType.Text, "the server closed or sent binary");
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonSerializer.Deserialize<JsonElement>(message.ToArray());
        }
    }

    /// <summary>The next frame, which must be of <paramref name="type"/>.</summary>
    public async Task<JsonElement> ExpectAsync(string type, TimeSpan? timeout = null)
    {
        var frame = await ReceiveAsync(timeout);
        frame.GetProperty("type").GetString().ShouldBe(type, frame.ToString());
        return frame;
    }

    /// <summary>An error frame with <paramref name="code"/> (and <paramref name="field"/> when given).</summary>
    public async Task<JsonElement> ExpectErrorAsync(string code, string? field = null)
    {
        var frame = await ExpectAsync("error");
        frame.GetProperty("code").GetString().ShouldBe(code, frame.ToString());
        frame.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        if (field is not null) frame.GetProperty("field").GetString().ShouldBe(field, frame.ToString());
        return frame;
    }

    public async Task<JsonElement> InitAsync(string notionToken, string parentPageId, object? settings = null)
    {
        await SendAsync(new { type = "init", notion_token = notionToken, parent_page_id = parentPageId, settings });
        return await ExpectAsync("ready");
    }

    public async Task CloseAsync() => await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
