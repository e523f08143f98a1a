using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.Hosting.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.WebSockets;

/// <summary>
/// WebSockets through the platform pipeline with a real <see cref="ClientWebSocket"/>: the credential in a header
/// or in the <c>forge.auth.</c> subprotocol, with tenant, suspension and product scoping as for HTTP.
/// </summary>
public sealed class WebSocketAuthenticationTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(["Realtime"]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Uri Echo => new(_host.BaseAddress.ToString().Replace("http://", "ws://") + "test/ws/echo");

    [Fact]
    public async Task A_key_in_the_header_authenticates_and_the_handler_sees_the_tenant()
    {
        var tenant = await _host.CreateTenantAsync("ws-header");
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("X-API-Key", await _host.CreateKeyAsync(tenant, Products.Fortune));

        await socket.ConnectAsync(Echo, CancellationToken.None);

        var hello = await ReceiveJsonAsync(socket);
        hello.GetProperty("tenant_id").GetGuid().ShouldBe(tenant.Id);
        (await EchoAsync(socket, "ping")).ShouldBe("ping");
    }

    [Fact]
    public async Task A_key_in_the_subprotocol_authenticates_and_only_the_partner_protocol_is_echoed()
    {
        var tenant = await _host.CreateTenantAsync("ws-protocol");
        var key = await _host.CreateKeyAsync(tenant, Products.Fortune);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("forge");
        socket.Options.AddSubProtocol(WebSocketCredentialProtocol.For(key));

        await socket.ConnectAsync(Echo, CancellationToken.None);

        socket.SubProtocol.ShouldBe("forge");
        var hello = await ReceiveJsonAsync(socket);
        hello.GetProperty("tenant_id").GetGuid().ShouldBe(tenant.Id);
        hello.GetProperty("offered").EnumerateArray().Select(p => p.GetString()).ShouldBe(["forge"]);
        (await EchoAsync(socket, "안녕")).ShouldBe("안녕");
    }

    [Fact]
    public async Task A_bearer_token_in_the_subprotocol_authenticates()
    {
        var tenant = await _host.CreateTenantAsync("ws-token");
        var (clientId, secret) = await _host.CreateClientAsync(tenant, Products.Fortune);
        var token = await _host.GetTokenAsync(clientId, secret, Products.Fortune);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("forge");
        socket.Options.AddSubProtocol(WebSocketCredentialProtocol.For(token));

        await socket.ConnectAsync(Echo, CancellationToken.None);

        (await ReceiveJsonAsync(socket)).GetProperty("tenant_id").GetGuid().ShouldBe(tenant.Id);
    }

    [Fact]
    public async Task Another_products_key_is_refused_with_401()
    {
        var tenant = await _host.CreateTenantAsync("ws-wrong-product");
        var status = await RefusedStatusAsync(WebSocketCredentialProtocol.For(await _host.CreateKeyAsync(tenant, Products.Analysis)));
        status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_suspended_tenants_key_is_refused_with_403()
    {
        var tenant = await _host.CreateTenantAsync("ws-suspended");
        var key = await _host.CreateKeyAsync(tenant, Products.Fortune);
        await _host.InScopeAsync(sp => sp.GetRequiredService<TenantManager>().SuspendAsync(tenant.Name));

        (await RefusedStatusAsync(WebSocketCredentialProtocol.For(key))).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task No_credential_or_a_malformed_one_is_refused_with_401()
    {
        (await RefusedStatusAsync(null)).ShouldBe(HttpStatusCode.Unauthorized);
        (await RefusedStatusAsync(WebSocketCredentialProtocol.Prefix + "not*base64")).ShouldBe(HttpStatusCode.Unauthorized);
        (await RefusedStatusAsync(WebSocketCredentialProtocol.For("bs_live_wrong"))).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> RefusedStatusAsync(string? credentialProtocol)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.AddSubProtocol("forge");
        if (credentialProtocol is not null) socket.Options.AddSubProtocol(credentialProtocol);
        await Should.ThrowAsync<WebSocketException>(() => socket.ConnectAsync(Echo, CancellationToken.None));
        return socket.HttpStatusCode;
    }

    private static async Task<string> EchoAsync(ClientWebSocket socket, string text)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        return await ReceiveTextAsync(socket);
    }

    private static async Task<JsonElement> ReceiveJsonAsync(ClientWebSocket socket) =>
        JsonDocument.Parse(await ReceiveTextAsync(socket)).RootElement.Clone();

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
