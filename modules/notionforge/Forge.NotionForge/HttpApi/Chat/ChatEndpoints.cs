using Forge.Hosting.Identity;
using Forge.Hosting.OpenApi;
using Forge.Hosting.ProductApi;
using Forge.Hosting.WebSockets;
using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Chat;
using Forge.NotionForge.HttpApi.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
        if (!http.WebSockets.IsWebSocketRequest)
            throw NotionForgeErrors.InvalidInput("Upgrade", "/ws/chat is a WebSocket: connect with Upgrade: websocket (ws:// or wss://).");
        using var socket = await http.AcceptForgeWebSocketAsync();
        var o = options.Value;
        var session = new ChatSession(new ChatChannel(socket, o.MaxFrameBytes), new ChatRateWindow(o.MessagesPerMinute, clock),
            http.RequestServices, logs.CreateLogger(typeof(ChatSession)));
        await session.RunAsync(http.RequestAborted);
        return TypedResults.Empty;
    }
}
