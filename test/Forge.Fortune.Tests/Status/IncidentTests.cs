using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Host.Tenants;

namespace Forge.Fortune.Tests.Status;

/// <summary>Incidents follow the measured components: opened once when one degrades, resolved when it recovers.</summary>
[ProviderSensitive]
public sealed class IncidentTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await FortuneApiHost.StartAsync();
        _client = await _host.ClientForAsync("incidents", Editions.Enterprise);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_slow_database_opens_one_incident_even_under_concurrent_calls_and_recovery_resolves_it()
    {
        // Every real round trip takes more than 0 ms: the database is now "degraded".
        _host.SetStatusOption("DatabaseDegradedLatencyMs", "0");
        var anonymous = _host.CreateClient();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? _client : anonymous).StatusAsync()));
        statuses.ShouldAllBe(s => s.GetProperty("status").GetString() == "degraded");
        (await _host.OpenIncidentsAsync("database")).ShouldBe(1);

        var degraded = await _client.StatusAsync();
        var database = degraded.Component("database");
        database.GetProperty("status").GetString().ShouldBe("degraded");
        database.GetProperty("message").GetString()!.ShouldContain("threshold 0 ms");
        var incident = degraded.GetProperty("active_incidents").EnumerateArray().Single();
        incident.GetProperty("id").GetString()!.ShouldMatch("^inc_[0-9a-z]{12}$");
        incident.GetProperty("component").GetString().ShouldBe("database");
        incident.GetProperty("status").GetString().ShouldBe("investigating");
        incident.GetProperty("message").GetString()!.ShouldStartWith("High latency detected");
        incident.TryGetProperty("resolved_at", out _).ShouldBeFalse();
        var id = incident.GetProperty("id").GetString();

        _host.SetStatusOption("DatabaseDegradedLatencyMs", "60000");
        var recovered = await _client.StatusAsync();
        recovered.GetProperty("status").GetString().ShouldBe("operational");
        recovered.GetProperty("active_incidents").GetArrayLength().ShouldBe(0);
        var last = recovered.GetProperty("last_incident");
        last.GetProperty("id").GetString().ShouldBe(id);
        last.GetProperty("status").GetString().ShouldBe("resolved");
        DateTimeOffset.Parse(last.GetProperty("resolved_at").GetString()!).ShouldBeGreaterThanOrEqualTo(
            DateTimeOffset.Parse(last.GetProperty("started_at").GetString()!));
        (await _host.OpenIncidentsAsync("database")).ShouldBe(0);

        // Degrading again opens a new incident rather than reopening the resolved one.
        _host.SetStatusOption("DatabaseDegradedLatencyMs", "0");
        var again = (await _client.StatusAsync()).GetProperty("active_incidents").EnumerateArray().Single();
        again.GetProperty("id").GetString().ShouldNotBe(id);
        (await _host.Database.CountAsync("fortune_incidents")).ShouldBe(2);
    }

    [Fact]
    public async Task Anonymous_callers_see_the_degraded_summary_but_no_incident_details()
    {
        _host.SetStatusOption("DatabaseDegradedLatencyMs", "0");
        var status = await _host.CreateClient().StatusAsync();
        status.GetProperty("status").GetString().ShouldBe("degraded");
        status.TryGetProperty("active_incidents", out _).ShouldBeFalse();
        status.TryGetProperty("components", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_slow_api_degrades_the_api_component()
    {
        for (var i = 0; i < 2; i++) await _client.CreateProfileAsync();
        _host.SetStatusOption("ApiDegradedLatencyMs", "0");
        // Only the API is under test: a database round trip slowed by a busy machine must not open a second incident.
        _host.SetStatusOption("DatabaseDegradedLatencyMs", "60000");
        var status = await _client.StatusAsync();
        status.GetProperty("status").GetString().ShouldBe("degraded");
        status.Component("api").GetProperty("status").GetString().ShouldBe("degraded");
        status.GetProperty("active_incidents").EnumerateArray().Select(i => i.GetProperty("component").GetString()).ShouldBe(["api"]);
    }
}

/// <summary>The periodic check opens incidents without anyone asking for the status.</summary>
[ProviderSensitive]
public sealed class BackgroundIncidentTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(["Fortune"], new Dictionary<string, string?>
    {
        ["Fortune:Status:CheckIntervalSeconds"] = "0.2",
        ["Fortune:Status:DatabaseDegradedLatencyMs"] = "0",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_background_check_opens_and_resolves_incidents()
    {
        await Eventually.GetAsync(() => _host.OpenIncidentsAsync("database"), n => n == 1, TimeSpan.FromSeconds(20), "the check to open an incident");
        _host.SetStatusOption("DatabaseDegradedLatencyMs", "60000");
        await Eventually.GetAsync(() => _host.OpenIncidentsAsync("database"), n => n == 0, TimeSpan.FromSeconds(20), "the check to resolve it");
        (await _host.Database.CountAsync("fortune_incidents")).ShouldBe(1);
    }
}

/// <summary>An alias whose provider has a key is reported as an LLM, honestly without figures until calls are recorded.</summary>
[ProviderSensitive]
public sealed class ConfiguredModelStatusTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(["Fortune"], new Dictionary<string, string?>
    {
        ["Forge:AI:Providers:Anthropic:ApiKey"] = "sk-ant-test",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Anthropic_aliases_are_llms_and_OpenAI_ones_stay_not_configured()
    {
        var client = await _host.ClientForAsync("status-models", Editions.Enterprise);
        var ai = (await client.StatusAsync()).Component("ai_models");
        var haiku = ai.GetProperty("haiku");
        haiku.GetProperty("status").GetString().ShouldBe("operational");
        haiku.GetProperty("engine").GetString().ShouldBe("llm");
        haiku.GetProperty("model").GetString().ShouldBe("claude-3-5-haiku-latest");
        haiku.GetProperty("calls").GetInt64().ShouldBe(0);
        haiku.GetProperty("avg_latency_ms").ValueKind.ShouldBe(JsonValueKind.Null);
        ai.GetProperty("sonnet").GetProperty("engine").GetString().ShouldBe("llm");
        ai.GetProperty("gpt4o").GetProperty("status").GetString().ShouldBe("not_configured");
    }
}
