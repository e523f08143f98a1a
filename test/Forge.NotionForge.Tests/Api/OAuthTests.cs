using System.Net;
using System.Web;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application.OAuth;
using Forge.NotionForge.Domain.Connections;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Notion OAuth through the real host against the fake Notion server's token endpoint (ADR 42 §OAuth, 54): the
/// round trip, state and exchange-code rules, the encrypted connection and tenant isolation.
/// </summary>
[ProviderSensitive]
public sealed class OAuthTests(NotionOAuthHostFixture fixture) : IClassFixture<NotionOAuthHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Authorize_redirects_to_Notion_with_the_configured_client_and_a_fresh_state()
    {
        var (_, key) = await TenantAsync();
        using var client = Host.NoRedirects(key);
        using var response = await client.GetAsync("/api/oauth/authorize");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(fixture.Notion.BaseAddress + "v1/oauth/authorize");
        var query = HttpUtility.ParseQueryString(location.Query);
        query["client_id"].ShouldBe(NotionOAuthHostFixture.ClientId);
        query["redirect_uri"].ShouldBe("http://127.0.0.1/api/oauth/callback");
        query["response_type"].ShouldBe("code");
        query["owner"].ShouldBe("user");
        query["state"]!.Length.ShouldBe(43); // 32 random bytes, base64url
        (await OAuthFlow.StateAsync(client)).ShouldNotBe(query["state"]);

        using var anonymous = Host.NoRedirects();
        await (await anonymous.GetAsync("/api/oauth/authorize")).ErrorAsync(401, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task The_full_round_trip_connects_the_workspace_and_the_code_redeems_once()
    {
        var (_, key) = await TenantAsync();
        using var client = Host.NoRedirects(key);
        var code = await fixture.ConnectAsync(client, "Acme workspace");

        using var exchange = await client.PostAsync($"/api/oauth/exchange?code={code}", null);
        exchange.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await exchange.JsonAsync();
        var token = body.GetProperty("oauth_token").GetString()!;
        token.ShouldStartWith("ntn_");
        body.GetProperty("workspace_name").GetString().ShouldBe("Acme workspace");
        body.GetProperty("workspace_id").GetString().ShouldNotBeNullOrWhiteSpace();

        using (var again = await client.PostAsync($"/api/oauth/exchange?code={code}", null))
            (await again.ErrorAsync(410, "GONE")).GetProperty("field").GetString().ShouldBe("code");
        using (var unknown = await client.PostAsync("/api/oauth/exchange?code=made-up", null))
            (await unknown.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("code");
        using (var none = await client.PostAsync("/api/oauth/exchange", null))
            (await none.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("code");

        using var status = await client.GetAsync("/api/oauth/status");
        var s = await status.JsonAsync();
        s.GetProperty("oauth_configured").GetBoolean().ShouldBeTrue();
        s.GetProperty("redirect_uri").GetString().ShouldBe("http://127.0.0.1/api/oauth/callback");
        s.GetProperty("connected").GetBoolean().ShouldBeTrue();
        s.GetProperty("workspace_name").GetString().ShouldBe("Acme workspace");
        s.GetProperty("workspace_id").GetString().ShouldBe(body.GetProperty("workspace_id").GetString());
        s.GetProperty("connected_at").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task A_state_that_is_unknown_reused_or_missing_is_refused()
    {
        var (_, key) = await TenantAsync();
        using var client = Host.NoRedirects(key);
        using var anonymous = Host.NoRedirects();
        var state = await OAuthFlow.StateAsync(client);

        using (var mismatch = await anonymous.GetAsync($"/api/oauth/callback?code={fixture.Notion.IssueOAuthCode("W")}&state=not-{state}"))
            (await mismatch.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("state");
        using (var missing = await anonymous.GetAsync($"/api/oauth/callback?code={fixture.Notion.IssueOAuthCode("W")}"))
            (await missing.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("state");

        using (var first = await anonymous.GetAsync($"/api/oauth/callback?code={fixture.Notion.IssueOAuthCode("W")}&state={state}"))
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var reused = await anonymous.GetAsync($"/api/oauth/callback?code={fixture.Notion.IssueOAuthCode("W")}&state={state}"))
            (await reused.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("state");

        // Notion refusing the code (already used) is the caller's bad input too, never a 500.
        var fresh = await OAuthFlow.StateAsync(client);
        using (var badCode = await anonymous.GetAsync($"/api/oauth/callback?code=never-issued&state={fresh}"))
            (await badCode.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("code");
        // The user declining at Notion goes back to the frontend with Notion's error, nothing connected.
        var declined = await OAuthFlow.StateAsync(client);
        using var denied = await anonymous.GetAsync($"/api/oauth/callback?error=access_denied&state={declined}");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        HttpUtility.ParseQueryString(denied.Headers.Location!.Query)["error"].ShouldBe("access_denied");
    }

    [Fact]
    public async Task An_exchange_code_is_gone_once_its_60_seconds_have_passed_on_the_clock()
    {
        var (tenant, key) = await TenantAsync();
        using var client = Host.NoRedirects(key);
        var early = await fixture.ConnectAsync(client, "Clocked");
        var late = await fixture.ConnectAsync(client, "Clocked");

        // The flow the endpoint uses, with a clock set relative to each code's own expiry: deterministic, no waiting.
        await RedeemAtAsync(tenant, early, expiresAt => expiresAt.AddSeconds(-1)).ShouldNotBeNull();
        var gone = await Should.ThrowAsync<ProductApiException>(() => RedeemAtAsync(tenant, late, expiresAt => expiresAt));
        gone.Code.ShouldBe("GONE");
        gone.Field.ShouldBe("code");

        var lifetime = await Host.InScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotionOAuthOptions>>().Value.ExchangeCodeLifetime));
        lifetime.ShouldBe(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_stored_token_is_encrypted_and_reconnecting_replaces_the_connection()
    {
        var (tenant, key) = await TenantAsync();
        using var client = Host.NoRedirects(key);
        var first = await RedeemAsync(client, await fixture.ConnectAsync(client, "First"));
        var second = await RedeemAsync(client, await fixture.ConnectAsync(client, "Second"));
        second.ShouldNotBe(first);

        var rows = await Host.InScopeAsync(async sp => await sp.GetRequiredService<NotionForgeDbContext>().Set<NotionConnection>()
            .IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]).AsNoTracking().Where(c => c.TenantId == tenant).ToListAsync());
        var row = rows.ShouldHaveSingleItem();
        row.WorkspaceName.ShouldBe("Second");
        row.ProtectedAccessToken.ShouldNotContain(second);
        row.ProtectedAccessToken.ShouldNotContain(second["ntn_".Length..]);
        row.ProtectedAccessToken.ShouldNotContain(first);
    }

    [Fact]
    public async Task Another_tenant_can_neither_redeem_nor_see_nor_use_the_connection()
    {
        var (_, key) = await TenantAsync();
        var (_, otherKey) = await TenantAsync();
        using var mine = Host.NoRedirects(key);
        using var theirs = Host.NoRedirects(otherKey);
        var code = await fixture.ConnectAsync(mine, "Private");

        using (var stolen = await theirs.PostAsync($"/api/oauth/exchange?code={code}", null))
            (await stolen.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("code");
        (await RedeemAsync(mine, code)).ShouldStartWith("ntn_"); // the foreign attempt did not spend it

        var status = await (await theirs.GetAsync("/api/oauth/status")).JsonAsync();
        status.GetProperty("connected").GetBoolean().ShouldBeFalse();
        status.GetProperty("workspace_name").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        using var search = await theirs.GetAsync("/api/templates/search?q=x");
        (await search.ErrorAsync(404, "NOT_FOUND")).GetProperty("field").GetString().ShouldBe("connection"); // ADR 62
    }

    [Fact]
    public async Task Neither_the_client_secret_nor_a_token_reaches_a_log()
    {
        var (_, key) = await TenantAsync();
        using var client = Host.NoRedirects(key);
        var token = await RedeemAsync(client, await fixture.ConnectAsync(client, "Logged"));
        await Eventually.GetAsync(() => Task.FromResult(fixture.Logs.Lines.Count(l => l.Contains("connected Notion workspace", StringComparison.Ordinal))),
            n => n > 0, TimeSpan.FromSeconds(10), "the connection's log line");

        var lines = fixture.Logs.Lines.ToList();
        lines.Count(l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal)).ShouldBeGreaterThan(0); // Trace reaches the capture
        lines.ShouldNotContain(l => l.Contains(NotionOAuthHostFixture.ClientSecret, StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains(token, StringComparison.Ordinal));
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{NotionOAuthHostFixture.ClientId}:{NotionOAuthHostFixture.ClientSecret}"));
        lines.ShouldNotContain(l => l.Contains(basic, StringComparison.Ordinal));
    }

    private async Task<(Guid Tenant, string Key)> TenantAsync()
    {
        var tenant = await Host.CreateTenantAsync(fixture.UniqueName("oauth"));
        return (tenant.Id, await Host.CreateKeyAsync(tenant, Products.NotionForge));
    }

    private static async Task<string> RedeemAsync(HttpClient client, string code)
    {
        using var response = await client.PostAsync($"/api/oauth/exchange?code={code}", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("oauth_token").GetString()!;
    }

    /// <summary>Redeems <paramref name="code"/> with the endpoint's flow on a clock set from the code's stored expiry.</summary>
    private Task<OAuthExchangeView> RedeemAtAsync(Guid tenant, string code, Func<DateTime, DateTime> at) => Host.InScopeAsync(async sp =>
    {
        using var _ = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(code)));
        var expiresAt = await sp.GetRequiredService<NotionForgeDbContext>().Set<Domain.OAuth.NotionOAuthExchangeCode>()
            .Where(c => c.CodeHash == hash).Select(c => c.ExpiresAt).SingleAsync();
        var clock = new FixedClock(DateTime.SpecifyKind(at(expiresAt), DateTimeKind.Utc));
        return await ActivatorUtilities.CreateInstance<NotionOAuthFlow>(sp, (TimeProvider)clock).ExchangeAsync(code, CancellationToken.None);
    });

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
