using System.Buffers.Text;
using System.Net.WebSockets;
using System.Text;
using Forge.Hosting.Security;
using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.WebSockets;

/// <summary>
/// A browser cannot set headers on a WebSocket handshake, so it carries its credential as a subprotocol:
/// <c>new WebSocket(url, ["forge", "forge.auth." + base64url(keyOrToken)])</c>. The platform reads and removes
/// the credential entry before authentication; the handler accepts with the non-secret partner (<c>forge</c>, or
/// the module's own protocol) through <see cref="AcceptForgeWebSocketAsync"/>, so the secret is never echoed (ADR 26).
/// </summary>
public static class WebSocketCredentialProtocol
{
    public const string Prefix = "forge.auth.";

    /// <summary>The subprotocol carrying <paramref name="credential"/> (an API key or a bearer token).</summary>
    public static string For(string credential) => Prefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(credential));

    /// <summary>
    /// Decodes the credential of a <c>forge.auth.</c> entry, read as every credential is (<see cref="CredentialText"/>:
    /// surrounding whitespace trimmed, anything else outside printable ASCII refused); null when it is not valid.
    /// </summary>
    public static string? Decode(string protocol)
    {
        if (!protocol.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var encoded = protocol[Prefix.Length..];
        if (encoded.Length == 0 || !Base64Url.IsValid(encoded)) return null;
        var bytes = Base64Url.DecodeFromChars(encoded);
        foreach (var b in bytes)
            if (b > 0x7E) return null; // not ASCII: refused before any decoding could map it to a look-alike
        return CredentialText.Normalize(Encoding.ASCII.GetString(bytes));
    }

    /// <summary>
    /// Accepts the WebSocket with the first subprotocol the client offered (the credential entry has already been
    /// removed), or none when it offered none. Browsers fail a handshake that offered protocols and got none back.
    /// </summary>
    public static Task<WebSocket> AcceptForgeWebSocketAsync(this HttpContext context)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols;
        return context.WebSockets.AcceptWebSocketAsync(offered.Count > 0 ? offered[0] : null);
    }
}
