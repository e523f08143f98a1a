using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;

namespace Forge.Fortune.Tests.Status;

/// <summary><c>GET /v1/status</c>: the summary for anyone, the measured details for Fortune callers of any plan.</summary>
[ProviderSensitive]
public sealed class StatusShapeTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await FortuneApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Anonymous_callers_get_only_the_summary()
    {
        var status = await _host.CreateClient().StatusAsync();

        status.EnumerateObject().Select(p => p.Name).ShouldBe(["status", "version", "environment", "timestamp"]);
        status.GetProperty("status").GetString().ShouldBe("operational");
        status.GetProperty("version").GetString()!.ShouldMatch(@"^\d+\.\d+\.\d+");
        status.GetProperty("environment").GetString().ShouldBe(_host.App.Environment.EnvironmentName.ToLowerInvariant());
        status.GetProperty("timestamp").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$");
    }

    [Theory]
    [InlineData(Editions.Free)]
    [InlineData(Editions.Enterprise)]
    public async Task A_Fortune_key_of_any_plan_gets_measured_components(string edition)
    {
        var client = await _host.ClientForAsync($"status-{edition}", edition);
        var status = await client.StatusAsync();

        status.EnumerateObject().Select(p => p.Name).ShouldBe(["status", "version", "environment", "timestamp", "components", "uptime", "active_incidents"]);
        var database = status.Component("database");
        database.GetProperty("status").GetString().ShouldBe("operational");
        database.GetProperty("latency_ms").GetDouble().ShouldBeGreaterThan(0);
        database.GetProperty("provider").GetString().ShouldBe(TestDatabase.IsPostgreSql ? "postgresql" : "sqlite");
        if (TestDatabase.IsPostgreSql)
        {
            // Npgsql's pool metrics for this connection string (the test database allows 50).
            var connections = database.GetProperty("connections");
            connections.GetProperty("max").GetInt64().ShouldBe(50);
            (connections.GetProperty("active").GetInt64() + connections.GetProperty("idle").GetInt64()).ShouldBeGreaterThan(0);
        }
        else
        {
            database.TryGetProperty("connections", out _).ShouldBeFalse("SQLite has no pool figures; none are invented");
        }

        var cache = status.Component("cache");
        cache.GetProperty("status").GetString().ShouldBe("operational");
        cache.GetProperty("hit_rate").ValueKind.ShouldBe(JsonValueKind.Null);
        cache.GetProperty("message").GetString()!.ShouldBe("No fortune requests in the last 3600 s.");

        var ai = status.Component("ai_models");
        ai.GetProperty("status").GetString().ShouldBe("operational");
        foreach (var alias in new[] { "haiku", "sonnet", "gpt4o" })
        {
            ai.GetProperty(alias).GetProperty("status").GetString().ShouldBe("not_configured");
            ai.GetProperty(alias).GetProperty("engine").GetString().ShouldBe("builtin");
        }
        ai.GetProperty("haiku").GetProperty("provider").GetString().ShouldBe("anthropic");
        ai.GetProperty("builtin").GetProperty("status").GetString().ShouldBe("operational");
        ai.GetProperty("builtin").GetProperty("engine").GetString().ShouldBe("builtin");

        status.GetProperty("uptime").GetProperty("seconds").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        status.GetProperty("uptime").GetProperty("human").GetString()!.ShouldMatch(@"^\d+ (day|hour|minute|second)s?");
        status.GetProperty("active_incidents").GetArrayLength().ShouldBe(0);
        status.TryGetProperty("last_incident", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_bearer_token_with_the_fortune_scope_gets_the_details()
    {
        var tenant = await _host.CreateTenantAsync("status-oauth", Editions.Pro);
        var (id, secret) = await _host.CreateClientAsync(tenant, Products.Fortune);
        var status = await _host.ClientWithToken(await _host.GetTokenAsync(id, secret)).StatusAsync();
        status.TryGetProperty("components", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_sent_but_invalid_or_foreign_credential_is_401_in_Fortune_envelope()
    {
        var bad = _host.ClientWithKey("bs_live_000000000000_notarealsecretnotarealsecret");
        await (await bad.GetAsync("/v1/status")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "invalid_api_key", "authentication_error");

        var tenant = await _host.CreateTenantAsync("status-foreign", Editions.Enterprise);
        var analysis = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Analysis));
        await (await analysis.GetAsync("/v1/status")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "invalid_api_key", "authentication_error");
    }

    [Fact]
    public async Task The_api_component_measures_recent_Fortune_requests()
    {
        var client = await _host.EnterpriseClientAsync("status-api");
        for (var i = 0; i < 3; i++) await client.CreateProfileAsync();

        var api = (await client.StatusAsync()).Component("api");
        api.GetProperty("status").GetString().ShouldBe("operational");
        api.GetProperty("requests").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        api.GetProperty("latency_ms").GetDouble().ShouldBeGreaterThan(0);
        api.GetProperty("server_error_rate").GetDouble().ShouldBe(0);
        api.GetProperty("window_seconds").GetInt32().ShouldBe(300);
    }

    [Fact]
    public async Task Uptime_increases()
    {
        var client = await _host.ClientForAsync("status-uptime", Editions.Pro);
        var first = (await client.StatusAsync()).GetProperty("uptime").GetProperty("seconds").GetInt64();
        var later = await Eventually.GetAsync(async () => (await client.StatusAsync()).GetProperty("uptime").GetProperty("seconds").GetInt64(),
            s => s > first, TimeSpan.FromSeconds(10), "uptime to advance");
        later.ShouldBeGreaterThan(first);
    }

    [Fact]
    public async Task Status_calls_do_not_use_the_plan_quota_but_have_their_own_limit()
    {
        _host.SetStatusOption("RequestsPerMinute", "3");
        var client = await _host.ClientForAsync("status-limit", Editions.Free);
        for (var i = 0; i < 3; i++) await client.StatusAsync();
        var refused = await client.GetAsync("/v1/status");
        await refused.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests, "rate_limited", "rate_limited");
        refused.Headers.RetryAfter.ShouldNotBeNull();

        // The Free plan's 10/min quota is untouched by those calls.
        var v0 = await client.PostJsonAsync("/api/saju", """{"year":1990,"month":5,"day":15,"gender":"male"}""");
        v0.StatusCode.ShouldBe(HttpStatusCode.OK);
        v0.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe("9");
    }
}
