using Forge.Host.Platform;
using Forge.Hosting.Errors;
using Forge.Hosting.ProductApi;
using Forge.Hosting.WebSockets;
using Microsoft.Net.Http.Headers;

namespace Forge.Host.WebSockets;

/// <summary>
/// Turns a WebSocket handshake's <c>forge.auth.&lt;base64url&gt;</c> subprotocol into the header the same credential
/// would travel in over HTTP (the key's product header, or <c>Authorization: Bearer</c>), then removes the entry.
/// Authentication, tenant resolution, suspension and product scoping then run exactly as for any request (ADR 26).
/// Runs after routing (errors use the product's format) and before authentication.
/// </summary>
public sealed class WebSocketCredentialMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        var offered = context.WebSockets.WebSocketRequestedProtocols;
        var credentials = offered.Where(p => p.StartsWith(WebSocketCredentialProtocol.Prefix, StringComparison.Ordinal)).ToList();
        if (credentials.Count == 0)
        {
            await next(context);
            return;
        }

        if (credentials.Count > 1)
        {
            await RefuseAsync(context, "Send one forge.auth subprotocol, not several.");
            return;
        }
        if (WebSocketCredentialProtocol.Decode(credentials[0]) is not { } credential)
        {
            await RefuseAsync(context, "The forge.auth subprotocol must be base64url of an API key or a bearer token.");
            return;
        }
        if (HasHeaderCredential(context.Request, context.RequestServices.GetRequiredService<IProductCatalog>()))
        {
            await RefuseAsync(context, "Send the credential either in a header or in the forge.auth subprotocol, not both.");
            return;
        }

        var products = context.RequestServices.GetRequiredService<IProductCatalog>();
        var product = products.All.FirstOrDefault(p => p.ApiKey.Claims(credential));
        if (product is not null) context.Request.Headers[product.ApiKey.Header] = credential;
        else context.Request.Headers.Authorization = "Bearer " + credential;

        // The handler and anything that logs headers see only the non-secret protocols.
        var rest = offered.Where(p => !p.StartsWith(WebSocketCredentialProtocol.Prefix, StringComparison.Ordinal)).ToArray();
        if (rest.Length > 0) context.Request.Headers[HeaderNames.SecWebSocketProtocol] = string.Join(", ", rest);
        else context.Request.Headers.Remove(HeaderNames.SecWebSocketProtocol);
        await next(context);
    }

    private static bool HasHeaderCredential(HttpRequest request, IProductCatalog products) =>
        request.Headers.ContainsKey(HeaderNames.Authorization) || products.KeyHeaders.Any(request.Headers.ContainsKey);

    private static Task RefuseAsync(HttpContext context, string message) =>
        PlatformProblem.WriteAsync(context, new PlatformError(StatusCodes.Status401Unauthorized, PlatformErrorKind.Unauthenticated, message), "Unauthorized");
}
