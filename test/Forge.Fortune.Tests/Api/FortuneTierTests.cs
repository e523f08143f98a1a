using System.Net;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;

namespace Forge.Fortune.Tests.Api;

/// <summary>v1 is the Enterprise tier; v0 is open to every plan; a tenant override turns v1 on.</summary>
[ProviderSensitive]
public sealed class FortuneTierTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private const string Chart = """{"birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":14,"birth_minute":30,"gender":"male"}""";
    private const string SimpleChart = """{"year":1990,"month":5,"day":15,"hour":14,"gender":"male"}""";

    public Task InitializeAsync()
    {
        _host = fixture.Host;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Editions.Free)]
    [InlineData(Editions.Pro)]
    public async Task Free_and_pro_get_403_on_v1_and_200_on_v0(string edition)
    {
        var client = await _host.ClientForAsync($"tier-{edition}" + _tenantSuffix, edition);

        var v1 = await client.PostJsonAsync("/v1/calculations/saju", Chart);
        v1.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var error = await v1.ErrorAsync();
        error.GetProperty("code").GetString().ShouldBe("enterprise_required");
        error.GetProperty("type").GetString().ShouldBe("forbidden");
        error.GetProperty("message").GetString()!.ShouldContain("Enterprise plan");

        (await client.PostJsonAsync("/api/saju", SimpleChart)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Enterprise_gets_v1_and_a_tenant_override_turns_it_on_and_off()
    {
        var enterprise = await _host.ClientForAsync("tier-ent" + _tenantSuffix, Editions.Enterprise);
        (await enterprise.PostJsonAsync("/v1/calculations/saju", Chart)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var free = await _host.ClientForAsync("tier-upgraded" + _tenantSuffix, Editions.Free);
        await _host.SetFeatureAsync("tier-upgraded" + _tenantSuffix, FortuneFeatures.EnterpriseApi, "true");
        (await free.PostJsonAsync("/v1/calculations/saju", Chart)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _host.SetFeatureAsync("tier-ent" + _tenantSuffix, FortuneFeatures.EnterpriseApi, "false");
        (await enterprise.PostJsonAsync("/v1/calculations/saju", Chart)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_oauth_token_with_the_fortune_scope_is_accepted()
    {
        var tenant = await _host.CreateTenantAsync("tier-oauth" + _tenantSuffix, Editions.Enterprise);
        var (id, secret) = await _host.CreateClientAsync(tenant, Products.Fortune);
        var client = _host.ClientWithToken(await _host.GetTokenAsync(id, secret));
        (await client.PostJsonAsync("/v1/calculations/saju", Chart)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Credential_errors_come_in_the_fortune_envelope()
    {
        var missing = await _host.Client.PostJsonAsync("/api/saju", SimpleChart);
        missing.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await missing.ErrorAsync()).GetProperty("code").GetString().ShouldBe("missing_api_key");

        var tenant = await _host.CreateTenantAsync("tier-wrong" + _tenantSuffix, Editions.Enterprise);
        var analysis = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Analysis));
        var wrong = await analysis.PostJsonAsync("/v1/calculations/saju", Chart);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var error = await wrong.ErrorAsync();
        error.GetProperty("code").GetString().ShouldBe("invalid_api_key");
        error.GetProperty("type").GetString().ShouldBe("authentication_error");
    }

    [Fact]
    public async Task Health_needs_no_credential()
    {
        var response = await _host.Client.GetAsync("/v1/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("healthy");
    }
}
