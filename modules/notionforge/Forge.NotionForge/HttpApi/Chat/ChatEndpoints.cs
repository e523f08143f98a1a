using Forge.Hosting.Identity;
using Forge.Hosting.OpenApi;
using Forge.Hosting.ProductApi;
using Forge.Hosting.WebSockets;
using Forge.NotionForge.Application.Chat;
using Forge.NotionForge.HttpApi.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.HttpApi.Chat;

/// <summary>
/// <c>WS /ws/chat</c> (seed §1, ADR 53): a product route like any other (ADR 26), so the handshake is authenticated —
/// <c>X-API-Key</c>/bearer header, or a browser's <c>forge.auth.&lt;base64url&gt;</c> subprotocol — before a socket exists.
/// </summary>
internal static class ChatEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ws = endpoints.MapProductApi(NotionForgeProduct.Name, "/ws").WithProductErrors();
        ws.ProducesErrors(typeof(ErrorEnvelope), 400, 401, 403, 429).Describe();
        ws.MapGet("/chat", ChatAsync);
    }

    private static async Task<IResult> ChatAsync(HttpContext http, IOptions<ChatOptions> options, TimeProvider clock, ILoggerFactory logs)
    {
        var o = options.Value;
        // A plain GET (no Upgrade) is told how to talk to the socket: documentation a client can read, not an error.
        if (!http.WebSockets.IsWebSocketRequest) return TypedResults.Json(ChatProtocolView.For(o), NotionForgeProduct.Definition.JsonOptions);
        using var socket = await http.AcceptForgeWebSocketAsync();
        var session = new ChatSession(new ChatChannel(socket, o.MaxFrameBytes), new ChatRateWindow(o.MessagesPerMinute, clock),
            http.RequestServices, logs.CreateLogger(typeof(ChatSession)));
        await session.RunAsync(http.RequestAborted, http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        return TypedResults.Empty;
    }
}

/// <summary>What <c>GET /ws/chat</c> without <c>Upgrade: websocket</c> answers: how to connect and which frames flow (ADR 53).</summary>
public sealed record ChatProtocolView(
    string Upgrade, IReadOnlyList<string> Subprotocols, string BrowserAuth, IReadOnlyList<string> ClientFrames,
    IReadOnlyList<string> ServerFrames, int MessagesPerMinute, int MaxFrameBytes)
{
    internal static ChatProtocolView For(ChatOptions o) => new(
        "websocket", ["forge"], "new WebSocket(url, [\"forge\", \"forge.auth.\" + base64url(key)]) when headers cannot be set",
        ["init", "message", "approve", "reject"],
        ["ready", "ai_response", "approval_request", "progress", "complete", "error", "cancelled"],
        o.MessagesPerMinute, o.MaxFrameBytes);
}
