using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

[ProviderSensitive]
public sealed class ApiKeyAuthenticationTests(DefaultHostFixture fixture) : IClassFixture<DefaultHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private Tenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _tenant = await _host.CreateTenantAsync("acme" + _tenantSuffix, Editions.Pro);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Products.Fortune, "bs_live_")]
    [InlineData(Products.Analysis, "miri_live_sk_")]
    [InlineData(Products.NotionForge, "nf_live_")]
    public async Task Each_products_key_authenticates_on_whoami(string product, string prefix)
    {
        var key = await _host.CreateKeyAsync(_tenant, product);
        key.ShouldStartWith(prefix);

        var response = await _host.ClientWithKey(key).GetAsync("/api/platform/whoami");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("tenant_id").GetGuid().ShouldBe(_tenant.Id);
        body.GetProperty("tenant_name").GetString().ShouldBe("acme" + _tenantSuffix);
        body.GetProperty("edition").GetString().ShouldBe("pro");
        var credential = body.GetProperty("credential");
        credential.GetProperty("type").GetString().ShouldBe("api_key");
        credential.GetProperty("product").GetString().ShouldBe(product);
        key.ShouldContain(credential.GetProperty("key_id").GetString()!);
    }

    [Fact]
    public async Task Analysis_key_format_has_24_and_48_character_parts()
    {
        var key = await _host.CreateKeyAsync(_tenant, Products.Analysis);
        var parts = key["miri_live_sk_".Length..].Split('.');
        parts[0].Length.ShouldBe(24);
        parts[1].Length.ShouldBe(48);
    }

    [Fact]
    public async Task A_key_in_another_products_header_is_refused()
    {
        var fortune = await _host.CreateKeyAsync(_tenant, Products.Fortune);
        var client = _host.CreateClient(c => c.DefaultRequestHeaders.Add("Miri-Api-Key", fortune));
        await ShouldBeUnauthorizedAsync(client, "Miri-Api-Key");
    }

    [Fact]
    public async Task Revoked_key_is_refused()
    {
        var key = await _host.CreateKeyAsync(_tenant, Products.Fortune);
        var keyId = key.Substring("bs_live_".Length, 12);
        await _host.InScopeAsync(sp => sp.GetRequiredService<Forge.Host.ApiKeys.ApiKeyManager>().RevokeAsync(keyId));
        await ShouldBeUnauthorizedAsync(_host.ClientWithKey(key), "revoked");
    }

    [Fact]
    public async Task Suspended_key_is_refused_until_resumed_and_a_revoked_key_stays_revoked()
    {
        var key = await _host.CreateKeyAsync(_tenant, Products.Fortune);
        var keyId = key.Substring("bs_live_".Length, 12);
        var keys = (Func<IServiceProvider, Forge.Host.ApiKeys.ApiKeyManager>)(sp => sp.GetRequiredService<Forge.Host.ApiKeys.ApiKeyManager>());

        await _host.InScopeAsync(sp => keys(sp).SetStateAsync(keyId, Forge.Host.ApiKeys.ApiKeyState.Suspended));
        await ShouldBeUnauthorizedAsync(_host.ClientWithKey(key), "suspended");
        await _host.InScopeAsync(sp => keys(sp).SetStateAsync(keyId, Forge.Host.ApiKeys.ApiKeyState.Active));
        (await _host.ClientWithKey(key).GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _host.InScopeAsync(sp => keys(sp).RevokeAsync(keyId));
        await Should.ThrowAsync<Forge.Host.Platform.PlatformConflictException>(() =>
            _host.InScopeAsync(sp => keys(sp).SetStateAsync(keyId, Forge.Host.ApiKeys.ApiKeyState.Active)));
        await ShouldBeUnauthorizedAsync(_host.ClientWithKey(key), "revoked");
    }

    [Fact]
    public async Task Expired_key_is_refused()
    {
        var key = await _host.CreateKeyAsync(_tenant, Products.Fortune, DateTimeOffset.UtcNow.AddDays(1));
        (await _host.ClientWithKey(key).GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var keyId = key.Substring("bs_live_".Length, 12);
        await _host.InScopeAsync(sp => sp.GetRequiredService<Forge.Host.Data.PlatformDbContext>().ApiKeys.IgnoreQueryFilters()
            .Where(k => k.KeyId == keyId).ExecuteUpdateAsync(u => u.SetProperty(k => k.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        // A raw SQL write bypasses the platform's change notification; keys are served from memory (ADR 24).
        _host.Services.GetRequiredService<Forge.Host.Caching.PlatformCacheGeneration>().Invalidate();

        await ShouldBeUnauthorizedAsync(_host.ClientWithKey(key), "expired");
    }

    [Fact]
    public async Task A_key_cannot_be_created_already_expired()
    {
        await Should.ThrowAsync<Forge.Host.Platform.PlatformValidationException>(() => _host.CreateKeyAsync(_tenant, Products.Fortune, DateTimeOffset.UtcNow.AddMinutes(-1)));
        (await _host.InScopeAsync(sp => sp.GetRequiredService<Forge.Host.ApiKeys.ApiKeyManager>().ListAsync(_tenant))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("bs_live_short")]
    [InlineData("not-a-key")]
    [InlineData("bs_live_AAAAAAAAAAAA_!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public async Task Malformed_key_is_refused(string key) =>
        await ShouldBeUnauthorizedAsync(_host.CreateClient(c => c.DefaultRequestHeaders.Add("X-API-Key", key)), "valid API key");

    [Fact]
    public async Task Unknown_key_of_the_right_shape_is_refused()
    {
        var key = await _host.CreateKeyAsync(_tenant, Products.Fortune);
        var tampered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');
        await ShouldBeUnauthorizedAsync(_host.ClientWithKey(tampered), "not recognised");
    }

    [Fact]
    public async Task No_credential_gets_401_with_a_message()
    {
        await ShouldBeUnauthorizedAsync(_host.Client, "Authentication required");
    }

    [Fact]
    public async Task Suspended_tenant_gets_403_and_resumed_tenant_gets_in_again()
    {
        var key = await _host.CreateKeyAsync(_tenant, Products.Fortune);
        await _host.InScopeAsync(sp => sp.GetRequiredService<TenantManager>().SuspendAsync("acme" + _tenantSuffix));

        var refused = await _host.ClientWithKey(key).GetAsync("/api/platform/whoami");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("suspended");

        await _host.InScopeAsync(sp => sp.GetRequiredService<TenantManager>().ResumeAsync("acme" + _tenantSuffix));
        (await _host.ClientWithKey(key).GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Last_used_time_is_recorded()
    {
        var key = await _host.CreateKeyAsync(_tenant, Products.NotionForge);
        (await _host.ClientWithKey(key).GetAsync("/api/platform/whoami")).EnsureSuccessStatusCode();
        // Written by the background usage writer, within a few seconds (ADR 22).
        var keys = await Eventually.GetAsync(() => _host.InScopeAsync(sp => sp.GetRequiredService<Forge.Host.ApiKeys.ApiKeyManager>().ListAsync(_tenant)),
            k => k.Single().LastUsedAt is not null, TimeSpan.FromSeconds(10), "the key's last-used time");
        keys.Single().LastUsedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_database_holds_no_key_in_plaintext()
    {
        if (_host.Database.Provider != "Sqlite") return; // a file to read only exists for SQLite
        // Its own host: it stops the host to read the file, which the shared one must not.
        await using var host = await TestHost.StartAsync();
        var tenant = await host.CreateTenantAsync("acme", Editions.Pro);
        var keys = new List<string>();
        foreach (var product in Products.All) keys.Add(await host.CreateKeyAsync(tenant, product));
        await host.App.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var bytes = Directory.GetFiles(host.Database.DataDirectory, "forge.db*").SelectMany(File.ReadAllBytes).ToArray();
        var contents = System.Text.Encoding.Latin1.GetString(bytes);
        foreach (var key in keys)
        {
            contents.ShouldNotContain(key);
            contents.ShouldNotContain(key[^32..]); // the secret part on its own
        }
        contents.ShouldContain(keys[0].Substring("bs_live_".Length, 12)); // the public id is there, so the search itself works
    }

    private static async Task ShouldBeUnauthorizedAsync(HttpClient client, string messageFragment)
    {
        var response = await client.GetAsync("/api/platform/whoami");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain(messageFragment, Case.Insensitive);
    }
}
