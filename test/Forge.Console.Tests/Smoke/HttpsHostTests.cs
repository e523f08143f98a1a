using System.Net;
using System.Net.Http.Json;
using System.Security.Authentication;
using System.Text.Json;
using Forge.Console.Tests.Infrastructure;
using Forge.Hosting.Identity;

namespace Forge.Console.Tests.Smoke;

/// <summary>The HTTPS test host: API calls from tests work over it, and its clients trust its certificate only.</summary>
public sealed class HttpsHostTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsoleHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_key_reaches_whoami_over_https()
    {
        var tenant = await _host.CreateTenantAsync("https-tenant");
        var key = await _host.CreateKeyAsync(tenant, Products.Fortune);

        var response = await _host.ClientWithKey(key).GetAsync("/api/platform/whoami");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.Scheme.ShouldBe("https");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("tenant_name").GetString().ShouldBe("https-tenant");
    }

    [Fact]
    public async Task The_certificate_names_loopback_and_an_ordinary_client_refuses_it()
    {
        var certificate = _host.Certificate.ShouldNotBeNull();
        certificate.HasPrivateKey.ShouldBeTrue();
        certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.DnsName, false).ShouldNotBeNullOrEmpty();

        // Without the host's thumbprint the self-signed certificate is refused: CreateClient does not trust "anything".
        using var stranger = new HttpClient { BaseAddress = _host.BaseAddress };
        var failure = await Should.ThrowAsync<HttpRequestException>(() => stranger.GetAsync("/_forge/health/live"));
        failure.InnerException.ShouldBeOfType<AuthenticationException>();
    }
}
