using System.Net.WebSockets;
using System.Text.Json;
using Forge.Hosting.Identity;
using Forge.Hosting.Modularity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.TestModules.Notes;

/// <summary>
/// A WebSocket echo on the fortune product: the first message says what the handler saw (tenant, accepted
/// protocol, the protocols left on the request), then every text message comes back unchanged.
/// </summary>
public sealed class RealtimeModule : ForgeModule
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapProductApi(NotesModule.Product, "/test/ws").MapGet("/echo", EchoAsync);

    private static async Task<IResult> EchoAsync(HttpContext context, ICurrentTenant tenant)
    {
        if (!context.WebSockets.IsWebSocketRequest) return TypedResults.BadRequest(new { error = "WebSocket only" });
        var offered = context.WebSockets.WebSocketRequestedProtocols.ToList();
        using var socket = await context.AcceptForgeWebSocketAsync();
        var hello = JsonSerializer.SerializeToUtf8Bytes(new { tenant_id = tenant.Id, protocol = socket.SubProtocol, offered });
        await socket.SendAsync(hello, WebSocketMessageType.Text, true, context.RequestAborted);

        var buffer = new byte[4096];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
                return TypedResults.Empty;
            }
            await socket.SendAsync(buffer.AsMemory(0, received.Count), received.MessageType, received.EndOfMessage, context.RequestAborted);
        }
    }
}
