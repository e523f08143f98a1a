using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.ApiKeys;
using Forge.Host.Platform;
using Forge.Hosting.Identity;
using Forge.Hosting.Security;
using Forge.Hosting.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.BadInput;

/// <summary>
/// One policy for a presented key or key id (ADR 26): surrounding whitespace is trimmed; anything else outside
/// printable ASCII is refused — in the header, in the WebSocket subprotocol, and on the command line.
/// </summary>
public sealed class CredentialInputTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("  key\t", "key")]
    [InlineData("key\r\n", "key")]
    [InlineData("key with space", null)]
    [InlineData("keyé", null)]
    [InlineData("key\u00A0", null)] // a non-breaking space is not trimmed: it never comes from a copied key
    [InlineData("key\u0001", null)]
    [InlineData("   ", null)]
    public void Credential_text_is_trimmed_of_ascii_whitespace_and_otherwise_printable_ascii(string raw, string? expected) =>
        CredentialText.Normalize(raw).ShouldBe(expected);

    [Fact]
    public async Task A_header_key_with_surrounding_whitespace_works_and_one_with_an_inner_space_is_401_saying_why()
    {
        var tenant = await _host.CreateTenantAsync("key-input");
        var key = await _host.CreateKeyAsync(tenant, Products.Fortune);

        var padded = await RawHttp.SendAsync(_host.BaseAddress, $"GET /api/platform/whoami HTTP/1.1\r\nHost: test\r\nX-API-Key: \t {key} \t", []);
        RawHttp.StatusOf(padded).ShouldBe(200);

        var client = _host.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-API-Key", key.Insert(10, " "));
        var inner = await client.GetAsync("/api/platform/whoami");
        inner.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await inner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("printable ASCII");

        // Non-ASCII bytes in a header never reach the application: the server refuses the request itself.
        var nonAscii = await RawHttp.SendAsync(_host.BaseAddress, $"GET /api/platform/whoami HTTP/1.1\r\nHost: test\r\nX-API-Key: {key[..^1]}\u00e9", []);
        RawHttp.StatusOf(nonAscii).ShouldBe(400);
    }

    [Fact]
    public void The_websocket_subprotocol_reads_the_credential_the_same_way()
    {
        WebSocketCredentialProtocol.Decode(WebSocketCredentialProtocol.For(" bs_live_abc\n")).ShouldBe("bs_live_abc");
        WebSocketCredentialProtocol.Decode(WebSocketCredentialProtocol.For("bs_live a")).ShouldBeNull();
        WebSocketCredentialProtocol.Decode(WebSocketCredentialProtocol.For("bs_live_é")).ShouldBeNull();
    }

    [Fact]
    public async Task The_cli_trims_a_pasted_key_id_and_refuses_a_non_ascii_one_with_exit_code_2()
    {
        var tenant = await _host.CreateTenantAsync("cli-key-input");
        await _host.CreateKeyAsync(tenant, Products.Fortune);
        var keyId = (await _host.InScopeAsync(sp => sp.GetRequiredService<ApiKeyManager>().ListAsync(tenant))).Single().KeyId;
        var environment = CliProcess.Environment(_host.Database);

        var refused = await CliProcess.RunAsync(environment, ["key", "revoke", keyId[..^1] + "ё"]);
        refused.ExitCode.ShouldBe(2, refused.ToString());
        (refused.StdErr + refused.StdOut).ShouldContain("printable ASCII");

        var revoked = await CliProcess.RunAsync(environment, ["key", "revoke", $"  {keyId}\n", "--json"]);
        revoked.ExitCode.ShouldBe(0, revoked.ToString());
        revoked.Json().GetProperty("key_id").GetString().ShouldBe(keyId);

        await Should.ThrowAsync<PlatformValidationException>(() =>
            _host.InScopeAsync(sp => sp.GetRequiredService<ApiKeyManager>().RevokeAsync("id with space")));
    }
}
