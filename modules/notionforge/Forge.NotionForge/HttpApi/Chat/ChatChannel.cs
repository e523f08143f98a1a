using System.Net.WebSockets;
using System.Text;
using Forge.NotionForge.HttpApi.Generation;

namespace Forge.NotionForge.HttpApi.Chat;

/// <summary>
/// The socket's two directions: whole text frames in (up to a size; a larger or binary frame is read to its end and
/// reported, so the connection survives it) and JSON frames out, one at a time (the relay and the reader both send).
/// </summary>
internal sealed class ChatChannel(WebSocket socket, int maxFrameBytes)
{
    private readonly SemaphoreSlim _send = new(1, 1);

    /// <summary>The next frame, or <see cref="Received.Closed"/> when the client closed or the connection dropped.</summary>
    public async Task<Received> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new byte[4096];
        using var text = new MemoryStream();
        var tooLarge = false;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) return Received.Closed;
                if (!tooLarge && text.Length + result.Count <= maxFrameBytes) text.Write(buffer, 0, result.Count);
                else tooLarge = true;
                if (!result.EndOfMessage) continue;
                if (result.MessageType == WebSocketMessageType.Binary) return new Received(ReceivedKind.Binary, null);
                return tooLarge ? new Received(ReceivedKind.TooLarge, null) : new Received(ReceivedKind.Text, Encoding.UTF8.GetString(text.ToArray()));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            return Received.Closed; // aborted: the same as a close for the session
        }
    }

    public async Task SendAsync(object frame, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(FrameJson.Serialize(frame));
        await _send.WaitAsync(ct);
        try
        {
            if (socket.State == WebSocketState.Open) await socket.SendAsync(bytes, WebSocketMessageType.Text, true, ct);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>
    /// The host is stopping: sends the close frame (1001 Going Away, <paramref name="reason"/> at most 123 bytes) under
    /// the send lock, so it never interleaves with a frame the relay is sending. Best effort: the client may be gone.
    /// </summary>
    public async Task GoAwayAsync(string reason)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, reason, CancellationToken.None);
        }
        catch (WebSocketException) { }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Drops a connection whose client did not answer the close in time.</summary>
    public void Abort() => socket.Abort();

    /// <summary>Answers the client's close (best effort: it may already be gone).</summary>
    public async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.CloseReceived or WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException) { }
    }
}

internal enum ReceivedKind { Text, TooLarge, Binary, Closed }

internal sealed record Received(ReceivedKind Kind, string? Text)
{
    public static readonly Received Closed = new(ReceivedKind.Closed, null);
}
