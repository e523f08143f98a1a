using System.Net;
using Forge.Fortune.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>Read, delete and the unmasked read of a fortune; tenants cannot see each other's; profile delete cascades.</summary>
[ProviderSensitive]
public sealed class FortuneAccessTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private HttpClient _unmasker = null!;
    private string _profileId = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("fortunes-access" + _tenantSuffix);
        _unmasker = _host.ClientWithKey(await _host.CreateKeyAsync(
            await _host.InScopeAsync(sp => sp.GetRequiredService<Forge.Host.Tenants.TenantManager>().GetByNameAsync("fortunes-access" + _tenantSuffix)),
            Products.Fortune, permissions: ["fortune:unmasked"]));
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_returns_the_whole_fortune_with_lucky_items()
    {
        var created = await _client.CreateFortuneAsync(_profileId, extra: "\"include_lucky_items\":false");
        var read = await _client.GetAsync($"/v1/fortunes/{created.Str("id")}").OkJsonAsync();

        read.ShouldBeAWholeFortune();
        read.Str("summary").ShouldBe(created.Str("summary"));
        read.GetProperty("categories").GetRawText().ShouldBe(created.GetProperty("categories").GetRawText());
        read.GetProperty("lucky_items").GetProperty("numbers").GetArrayLength().ShouldBe(3);
        read.GetProperty("cached").GetBoolean().ShouldBeFalse();
        read.TryGetProperty("profile", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Delete_removes_the_fortune_audits_it_and_a_second_delete_is_404()
    {
        var id = (await _client.CreateFortuneAsync(_profileId)).Str("id");

        var deleted = await _client.DeleteAsync($"/v1/fortunes/{id}").OkJsonAsync();
        deleted.Str("id").ShouldBe(id);
        deleted.GetProperty("deleted").GetBoolean().ShouldBeTrue();
        deleted.Str("deleted_at").ShouldEndWith("Z");
        (await _host.AuditCountAsync("fortune.deleted", id)).ShouldBe(1);
        await (await _client.GetAsync($"/v1/fortunes/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await _client.DeleteAsync($"/v1/fortunes/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        // The generation log keeps its statistics; a new request generates afresh.
        (await _host.GenerationRowsAsync(_profileId, cached: false)).ShouldBe(1);
        (await _client.PostFortuneAsync(FortuneApi.Body(_profileId))).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Unmasked_needs_the_permission_and_every_read_is_audited()
    {
        var id = (await _client.CreateFortuneAsync(_profileId)).Str("id");

        await (await _client.GetAsync($"/v1/fortunes/{id}/unmasked")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "forbidden", "forbidden");
        (await _host.AuditCountAsync("fortune.unmasked", id)).ShouldBe(0);

        var unmasked = await _unmasker.GetAsync($"/v1/fortunes/{id}/unmasked").OkJsonAsync();
        unmasked.ShouldBeAWholeFortune();
        var profile = unmasked.GetProperty("profile");
        profile.Str("id").ShouldBe(_profileId);
        profile.Str("name").ShouldBe("김민수");
        profile.GetProperty("birth_year").GetInt32().ShouldBe(1990);
        profile.GetProperty("birth_month").GetInt32().ShouldBe(5);
        profile.GetProperty("birth_day").GetInt32().ShouldBe(15);
        profile.GetProperty("birth_hour").GetInt32().ShouldBe(14);
        await _unmasker.GetAsync($"/v1/fortunes/{id}/unmasked").OkJsonAsync();
        (await _host.AuditCountAsync("fortune.unmasked", id)).ShouldBe(2);

        // Plain reads carry no PII and are not audited (ADR 11).
        await _client.GetAsync($"/v1/fortunes/{id}").OkJsonAsync();
        (await _host.AuditCountAsync("fortune.read", id)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_tenants_fortune_and_profile_are_404_everywhere()
    {
        var id = (await _client.CreateFortuneAsync(_profileId)).Str("id");
        var tenant = await _host.CreateTenantAsync("fortunes-access-other" + _tenantSuffix);
        var other = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune, permissions: ["fortune:unmasked"]));

        await (await other.GetAsync($"/v1/fortunes/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.GetAsync($"/v1/fortunes/{id}/unmasked")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.DeleteAsync($"/v1/fortunes/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.PostJsonAsync("/v1/fortunes", FortuneApi.Body(_profileId)))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found", "profile_id");
        (await other.GetAsync($"/v1/fortunes?profile_id={_profileId}").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(0);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
    }

    [Fact]
    public async Task Deleting_a_profile_deletes_its_fortunes_and_reports_how_many()
    {
        var keep = (await _client.CreateProfileAsync()).Str("id");
        await _client.CreateFortuneAsync(_profileId, "daily", "2025-01-16");
        await _client.CreateFortuneAsync(_profileId, "monthly", "2025-01-16");
        var yearly = (await _client.CreateFortuneAsync(_profileId, "yearly", "2025-01-16")).Str("id");
        await _client.CreateFortuneAsync(keep, "daily", "2025-01-16");

        var deleted = await _client.DeleteAsync($"/v1/profiles/{_profileId}").OkJsonAsync();

        var related = deleted.GetProperty("related_data_deleted");
        related.GetProperty("fortunes").GetInt32().ShouldBe(3);
        related.GetProperty("cached_calculations").GetInt32().ShouldBe(0);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
        (await _host.FortuneRowsAsync(keep)).ShouldBe(1);
        await (await _client.GetAsync($"/v1/fortunes/{yearly}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await _client.PostJsonAsync("/v1/fortunes", FortuneApi.Body(_profileId)))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found", "profile_id");
    }
}
