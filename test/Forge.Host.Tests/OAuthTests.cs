using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

[ProviderSensitive]
public sealed class OAuthTests(NotesHostFixture fixture) : IClassFixture<NotesHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private Tenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _tenant = await _host.CreateTenantAsync("oauth-co" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Client_credentials_token_works_on_whoami_and_on_the_scoped_product()
    {
        var (clientId, secret) = await _host.CreateClientAsync(_tenant, Products.Fortune, Products.Analysis);
        var token = await _host.GetTokenAsync(clientId, secret);
        var client = _host.ClientWithToken(token);

        var whoami = await client.GetFromJsonAsync<JsonElement>("/api/platform/whoami");
        whoami.GetProperty("tenant_id").GetGuid().ShouldBe(_tenant.Id);
        var credential = whoami.GetProperty("credential");
        credential.GetProperty("type").GetString().ShouldBe("oauth_client");
        credential.GetProperty("client_id").GetString().ShouldBe(clientId);
        credential.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe([Products.Fortune, Products.Analysis], ignoreOrder: true);

        (await client.GetAsync("/test/notes")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_without_the_products_scope_is_refused_by_that_product()
    {
        var (clientId, secret) = await _host.CreateClientAsync(_tenant, Products.Fortune, Products.Analysis);
        var token = await _host.GetTokenAsync(clientId, secret, scope: Products.Analysis);

        var response = await _host.ClientWithToken(token).GetAsync("/test/notes");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("scope");
    }

    [Fact]
    public async Task Wrong_secret_gets_invalid_client()
    {
        var (clientId, _) = await _host.CreateClientAsync(_tenant, Products.Fortune);
        var response = await _host.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = "wrong-secret",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
    }

    [Fact]
    public async Task A_scope_the_client_was_not_granted_is_refused()
    {
        var (clientId, secret) = await _host.CreateClientAsync(_tenant, Products.Fortune);
        var response = await _host.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = Products.NotionForge,
        }));
        // OpenIddict reports an ungranted scope as invalid_request, saying which scope in the description.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("error").GetString().ShouldBeOneOf("invalid_scope", "invalid_request");
        body.GetProperty("error_description").GetString()!.ShouldContain("scope");
    }

    [Fact]
    public async Task A_suspended_tenant_gets_no_token_and_its_tokens_are_refused()
    {
        var (clientId, secret) = await _host.CreateClientAsync(_tenant, Products.Fortune);
        var token = await _host.GetTokenAsync(clientId, secret);
        await _host.InScopeAsync(sp => sp.GetRequiredService<TenantManager>().SuspendAsync(_tenant.Name));

        (await _host.ClientWithToken(token).GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = await _host.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        refused.IsSuccessStatusCode.ShouldBeFalse();
        (await refused.Content.ReadAsStringAsync()).ShouldContain("suspended");
    }

    [Fact]
    public async Task A_forged_or_garbage_bearer_token_gets_401_with_a_message()
    {
        var response = await _host.ClientWithToken("not.a.token").GetAsync("/api/platform/whoami");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("bearer token was refused");
        response.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
    }
}
