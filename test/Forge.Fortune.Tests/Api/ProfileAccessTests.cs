using System.Net;
using Forge.Host.Tenants;

namespace Forge.Fortune.Tests.Api;

/// <summary>Who may see which profile: tenant isolation, the unmasked permission and its audit, the Enterprise gate.</summary>
[ProviderSensitive]
public sealed class ProfileAccessTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("profiles-access" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Another_tenants_profile_is_404_on_every_route_and_stays_untouched()
    {
        var id = (await _client.CreateProfileAsync()).Str("id");
        var other = await _host.EnterpriseClientAsync("profiles-access-other" + _tenantSuffix, FortunePermissions.Unmasked);

        await (await other.GetAsync($"/v1/profiles/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.SendJsonAsync(HttpMethod.Put, $"/v1/profiles/{id}", """{"name":"도둑"}""")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.SendJsonAsync(HttpMethod.Patch, $"/v1/profiles/{id}", """{"name":"도둑"}""")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.DeleteAsync($"/v1/profiles/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.GetAsync($"/v1/profiles/{id}/unmasked")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        (await other.GetAsync("/v1/profiles").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(0);

        (await _client.GetAsync($"/v1/profiles/{id}").OkJsonAsync()).Str("name").ShouldBe("김**");
        (await _host.AuditCountAsync("profile.unmasked", id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_id_is_404()
    {
        await (await _client.GetAsync("/v1/profiles/prf_000000000000")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
    }

    [Fact]
    public async Task Unmasked_needs_the_permission()
    {
        var id = (await _client.CreateProfileAsync()).Str("id");

        await (await _client.GetAsync($"/v1/profiles/{id}/unmasked")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "forbidden", "forbidden");
        (await _host.AuditCountAsync("profile.unmasked", id)).ShouldBe(0);
    }

    [Fact]
    public async Task Unmasked_with_the_permission_returns_plaintext_and_writes_an_audit_row()
    {
        var tenant = await _host.CreateTenantAsync("profiles-access-auditor" + _tenantSuffix, Editions.Enterprise);
        var key = await _host.CreateKeyAsync(tenant, Products.Fortune, permissions: [FortunePermissions.Unmasked]);
        var auditor = _host.ClientWithKey(key);
        auditor.DefaultRequestHeaders.UserAgent.ParseAdd("forge-tests/1.0");
        var id = (await auditor.CreateProfileAsync()).Str("id");

        var plain = await auditor.GetAsync($"/v1/profiles/{id}/unmasked").OkJsonAsync();
        plain.Str("name").ShouldBe("김민수");
        plain.GetProperty("birth_year").GetInt32().ShouldBe(1990);
        plain.GetProperty("birth_month").GetInt32().ShouldBe(5);
        plain.GetProperty("birth_day").GetInt32().ShouldBe(15);
        plain.GetProperty("birth_hour").GetInt32().ShouldBe(14);
        plain.GetProperty("birth_minute").GetInt32().ShouldBe(30);
        plain.Str("calendar_type").ShouldBe("solar");
        plain.Str("day_master").ShouldBe("경금");

        (await _host.AuditCountAsync("profile.unmasked", id)).ShouldBe(1);
        var row = (string)(await _host.Database.ScalarAsync(
            "SELECT \"Id\" || '|' || \"ActorApiKey\" || '|' || \"Endpoint\" || '|' || \"UserAgent\" || '|' || \"RequestId\" || '|' || \"ActorIp\" FROM fortune_audit_entries WHERE \"Action\" = 'profile.unmasked'"))!;
        var parts = row.Split('|');
        parts[0].ShouldMatch("^log_[0-9a-z]+$");
        parts[1].ShouldBe(key[..12] + "…");
        parts[2].ShouldBe($"GET /v1/profiles/{id}/unmasked");
        parts[3].ShouldBe("forge-tests/1.0");
        parts[4].ShouldStartWith("req_");
        parts[5].ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData(Editions.Free)]
    [InlineData(Editions.Pro)]
    public async Task Non_enterprise_tenants_get_enterprise_required(string edition)
    {
        var client = await _host.ClientForAsync($"profiles-access-{edition}" + _tenantSuffix, edition);
        await (await client.GetAsync("/v1/profiles")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "enterprise_required", "forbidden");
        await (await client.PostJsonAsync("/v1/profiles", ProfileApi.Kim)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "enterprise_required", "forbidden");
    }
}
