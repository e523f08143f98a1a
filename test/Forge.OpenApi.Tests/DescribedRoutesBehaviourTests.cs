using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;

namespace Forge.OpenApi.Tests;

/// <summary>
/// Describing a route must not change how it answers (ADR 29): routing could otherwise act on the declared
/// request content type (a bare 415 before the handler) instead of Fortune's own envelope.
/// </summary>
public sealed class DescribedRoutesBehaviourTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/v1/profiles", "text/plain")]
    [InlineData("/v1/fortunes", "application/xml")]
    [InlineData("/api/saju", "text/plain")]
    public async Task A_body_that_is_not_json_still_gets_the_fortune_envelope(string path, string contentType)
    {
        var client = await ClientAsync();
        var response = await client.PostAsync(path, new StringContent("{}", Encoding.UTF8, contentType));
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("error").GetProperty("code").GetString().ShouldBe("invalid_json");
    }

    [Fact]
    public async Task A_post_without_a_body_still_reaches_the_handler()
    {
        var client = await ClientAsync();
        var response = await client.PostAsync("/v1/profiles", null);
        ((int)response.StatusCode).ShouldBeInRange(400, 415);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("meta").GetProperty("request_id").GetString().ShouldNotBeNullOrEmpty();
    }

    private async Task<HttpClient> ClientAsync()
    {
        var tenant = await _host.CreateTenantAsync("described-" + Guid.NewGuid().ToString("N")[..8], Editions.Enterprise);
        return _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));
    }
}
