using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>Errors the platform raises on a product's route come in that product's own format.</summary>
public sealed class ProductErrorFormatTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(["Notes"], new Dictionary<string, string?>
    {
        ["Forge:RateLimits:fortune:PermitLimit"] = "3",
        ["Forge:RateLimits:fortune:WindowSeconds"] = "3600",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Unauthenticated_and_wrong_product_calls_get_the_products_401()
    {
        await ShouldBeNotesErrorAsync(await _host.Client.GetAsync("/test/notes"), HttpStatusCode.Unauthorized, "Unauthenticated");
        var tenant = await _host.CreateTenantAsync("fmt-auth");
        var analysis = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Analysis));
        await ShouldBeNotesErrorAsync(await analysis.GetAsync("/test/notes"), HttpStatusCode.Unauthorized, "Unauthenticated");
        // The platform's own routes keep the platform's format.
        (await _host.Client.GetAsync("/api/platform/whoami")).Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_disabled_feature_and_a_suspended_tenant_get_the_products_403()
    {
        var tenant = await _host.CreateTenantAsync("fmt-free", Editions.Free);
        var client = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));
        await ShouldBeNotesErrorAsync(await client.GetAsync("/test/notes/premium"), HttpStatusCode.Forbidden, "FeatureDisabled");

        await _host.InScopeAsync(sp => sp.GetRequiredService<TenantManager>().SuspendAsync(tenant.Name));
        await ShouldBeNotesErrorAsync(await client.GetAsync("/test/notes"), HttpStatusCode.Forbidden, "TenantSuspended");
    }

    [Fact]
    public async Task The_products_rate_limit_answers_429_in_its_format_with_retry_after()
    {
        var tenant = await _host.CreateTenantAsync("fmt-rate");
        var client = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));
        for (var i = 0; i < 3; i++) (await client.GetAsync("/test/notes")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var limited = await client.GetAsync("/test/notes");
        var body = await ShouldBeNotesErrorAsync(limited, HttpStatusCode.TooManyRequests, "RateLimited");
        limited.Headers.RetryAfter.ShouldNotBeNull();
        body.GetProperty("retry_after").GetDouble().ShouldBeGreaterThan(0);
    }

    private static async Task<JsonElement> ShouldBeNotesErrorAsync(HttpResponseMessage response, HttpStatusCode status, string kind)
    {
        response.StatusCode.ShouldBe(status);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("notes_error").GetString().ShouldBe(kind);
        body.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        return body;
    }
}
