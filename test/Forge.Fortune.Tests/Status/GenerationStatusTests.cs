using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Status;

/// <summary><c>/v1/status</c> from the generation log: the cache hit rate and each engine's calls, across all tenants.</summary>
[ProviderSensitive]
public sealed class GenerationStatusTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await FortuneApi.StartBuiltinAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_hit_rate_and_builtin_figures_cover_every_tenants_requests()
    {
        var first = await _host.EnterpriseClientAsync("status-gen-a");
        var profile = (await first.CreateProfileAsync()).Str("id");
        await first.CreateFortuneAsync(profile, date: "2025-01-16");
        await first.CreateFortuneAsync(profile, date: "2025-01-16");
        await first.CreateFortuneAsync(profile, date: "2025-01-16");
        var second = await _host.EnterpriseClientAsync("status-gen-b");
        var theirs = (await second.CreateProfileAsync()).Str("id");
        await second.CreateFortuneAsync(theirs, date: "2025-01-16");
        await second.CreateFortuneAsync(theirs, "monthly", "2025-01-16");

        // The status is the service's, not a tenant's: either tenant sees the same figures.
        foreach (var client in new[] { first, second })
        {
            var status = await client.StatusAsync();
            var cache = status.Component("cache");
            cache.GetProperty("requests").GetInt64().ShouldBe(5);
            cache.GetProperty("hit_rate").GetDouble().ShouldBe(40); // 2 of 5
            cache.TryGetProperty("message", out _).ShouldBeFalse();
            var builtin = status.Component("ai_models").GetProperty("builtin");
            builtin.GetProperty("engine").GetString().ShouldBe("builtin");
            builtin.GetProperty("calls").GetInt64().ShouldBe(3); // cache hits never reach the engine
            builtin.GetProperty("avg_latency_ms").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
            status.Component("ai_models").GetProperty("haiku").GetProperty("status").GetString().ShouldBe("not_configured");
        }

        // Outside the window the figures are gone.
        _host.SetStatusOption("GenerationWindowSeconds", "0");
        var later = await first.StatusAsync();
        later.Component("cache").GetProperty("hit_rate").ValueKind.ShouldBe(JsonValueKind.Null);
        later.Component("cache").GetProperty("message").GetString().ShouldBe("No fortune requests in the last 0 s.");
    }
}

/// <summary>A configured model judged by its recent calls: latency from the log, failures from this process's calls.</summary>
[ProviderSensitive]
public sealed class ModelHealthStatusTests : IAsyncLifetime
{
    private FakeAnthropicServer _anthropic = null!;
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _profileId = null!;
    private int _day;

    public async Task InitializeAsync()
    {
        _anthropic = await FakeAnthropicServer.StartAsync();
        _host = await FortuneApi.StartWithAnthropicAsync(_anthropic);
        _host.SetStatusOption("AiModelWindowCalls", "4");
        // This class judges the AI models: the database's and the API's latency thresholds are not its subject, and a
        // loaded machine crossed the database's 200 ms once (a second active incident, CI 2026-12-04).
        _host.SetStatusOption("DatabaseDegradedLatencyMs", "60000");
        _host.SetStatusOption("ApiDegradedLatencyMs", "60000");
        _client = await _host.EnterpriseClientAsync("status-models-health");
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    [Fact]
    public async Task Failing_calls_degrade_the_model_and_open_an_incident_and_successes_recover_it()
    {
        _anthropic.Otherwise = FakeAiOutcome.Slow(TimeSpan.FromMilliseconds(120), FakeAiOutcome.Reply(FortuneAiTests.GoodReply));
        (await NewFortuneAsync()).ShouldBe(HttpStatusCode.Created);
        var healthy = (await _client.StatusAsync()).Component("ai_models").GetProperty("haiku");
        healthy.GetProperty("status").GetString().ShouldBe("operational");
        healthy.GetProperty("calls").GetInt64().ShouldBe(1);
        // The provider's 120 ms shows in the average; a timer may fire a millisecond early, and the log keeps whole milliseconds.
        healthy.GetProperty("avg_latency_ms").GetDouble().ShouldBeGreaterThanOrEqualTo(115);

        // The provider fails: two refused requests of the last three calls.
        _anthropic.Otherwise = FakeAiOutcome.ServerError();
        (await NewFortuneAsync()).ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await NewFortuneAsync()).ShouldBe(HttpStatusCode.ServiceUnavailable);

        var degraded = await _client.StatusAsync();
        degraded.GetProperty("status").GetString().ShouldBe("degraded");
        var ai = degraded.Component("ai_models");
        ai.GetProperty("status").GetString().ShouldBe("degraded");
        ai.GetProperty("message").GetString()!.ShouldBe("Model(s) not operational: haiku is degraded — 2 of the last 3 calls failed (last: unavailable).");
        ai.GetProperty("haiku").GetProperty("status").GetString().ShouldBe("degraded");
        ai.GetProperty("haiku").GetProperty("calls").GetInt64().ShouldBe(1); // the log holds answered calls only
        ai.GetProperty("sonnet").GetProperty("status").GetString().ShouldBe("operational");
        var incident = degraded.GetProperty("active_incidents").EnumerateArray().Single();
        incident.GetProperty("component").GetString().ShouldBe("ai_models");
        incident.GetProperty("message").GetString()!.ShouldContain("haiku");
        (await _host.OpenIncidentsAsync("ai_models")).ShouldBe(1);

        // Only failures in the window: an outage.
        (await NewFortuneAsync()).ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await NewFortuneAsync()).ShouldBe(HttpStatusCode.ServiceUnavailable);
        var outage = (await _client.StatusAsync()).Component("ai_models").GetProperty("haiku");
        outage.GetProperty("status").GetString().ShouldBe("outage");
        outage.GetProperty("message").GetString().ShouldBe("All 4 recent calls failed (last: unavailable).");
        (await _host.OpenIncidentsAsync("ai_models")).ShouldBe(1); // still the same incident

        // The provider recovers: once successes fill the window, the model and the service are operational again.
        _anthropic.Otherwise = FakeAiOutcome.Reply(FortuneAiTests.GoodReply);
        for (var i = 0; i < 4; i++) (await NewFortuneAsync()).ShouldBe(HttpStatusCode.Created);
        var recovered = await _client.StatusAsync();
        recovered.GetProperty("status").GetString().ShouldBe("operational");
        recovered.Component("ai_models").GetProperty("haiku").GetProperty("status").GetString().ShouldBe("operational");
        recovered.Component("ai_models").GetProperty("haiku").GetProperty("calls").GetInt64().ShouldBe(5);
        recovered.GetProperty("active_incidents").GetArrayLength().ShouldBe(0);
        recovered.GetProperty("last_incident").GetProperty("id").GetString().ShouldBe(incident.GetProperty("id").GetString());
        recovered.GetProperty("last_incident").GetProperty("status").GetString().ShouldBe("resolved");
    }

    private async Task<HttpStatusCode> NewFortuneAsync()
    {
        var date = new DateOnly(2025, 1, 1).AddDays(_day++).ToString("yyyy-MM-dd");
        var response = await _client.PostJsonAsync("/v1/fortunes", FortuneApi.Body(_profileId, date: date));
        return response.StatusCode;
    }
}
