using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Forge.Host.AI;
using Forge.Host.Tenants;
using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.AI;

/// <summary>
/// The AI call log on the platform database (SQLite or PostgreSQL, per the run): every call through the
/// factory is logged with its tenant, product, alias, provider, model, tokens, cost, latency and outcome.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class AiCallLogTests : IAsyncLifetime
{
    private FakeAnthropicServer _anthropic = null!;
    private TestHost _host = null!;
    private Tenant _tenant = null!;
    private Tenant _other = null!;

    public async Task InitializeAsync()
    {
        _anthropic = await FakeAnthropicServer.StartAsync();
        var settings = AiTestServices.FastSettings();
        settings["Forge:AI:Providers:Anthropic:ApiKey"] = _anthropic.ApiKey;
        settings["Forge:AI:Providers:Anthropic:BaseUrl"] = _anthropic.ConfiguredBaseUrl;
        _host = await TestHost.StartAsync(settings: settings); // Fortune is loaded: it declares haiku, sonnet, gpt4o
        _tenant = await _host.CreateTenantAsync("ai-log-co");
        _other = await _host.CreateTenantAsync("ai-log-other");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    [Fact]
    public async Task Successful_and_failed_calls_are_logged_per_tenant_and_product()
    {
        _anthropic.Enqueue(FakeAiOutcome.Reply("hello", inputTokens: 1000, outputTokens: 500), FakeAiOutcome.Error(401));
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        using var metrics = new MetricsProbe();

        await _host.InTenantAsync(_tenant.Id, sp => sp.GetRequiredService<IAiChatClientFactory>().GetClient("haiku").GetResponseAsync("hi"));
        await Should.ThrowAsync<AiProviderException>(() =>
            _host.InTenantAsync(_tenant.Id, sp => sp.GetRequiredService<IAiChatClientFactory>().GetClient("sonnet", "analysis").GetResponseAsync("hi")));

        var log = _host.Services.GetRequiredService<IAiCallLog>();
        var all = await Eventually.GetAsync(() => log.SummarizeAsync(_tenant.Id, null, since), s => s.Sum(c => c.Calls) >= 2, what: "two logged calls");

        var ok = all.Single(c => c.Alias == "haiku");
        ok.ShouldBe(ok with { Provider = "Anthropic", Model = "claude-3-5-haiku-latest", Outcome = "success", Calls = 1, InputTokens = 1000, OutputTokens = 500 });
        ok.CostUsd.ShouldBe(0.0028m); // 1000 × 0.80 + 500 × 4.00 per million
        ok.AverageLatencyMs.ShouldBeGreaterThan(0);
        var failed = all.Single(c => c.Alias == "sonnet");
        failed.Outcome.ShouldBe(nameof(AiFailureKind.Unauthorized));
        failed.InputTokens.ShouldBe(0);

        // haiku is declared by Fortune alone, so its call is Fortune's; the sonnet call named its product.
        (await log.SummarizeAsync(_tenant.Id, "fortune", since)).Select(c => c.Alias).ShouldBe(["haiku"]);
        (await log.SummarizeAsync(_tenant.Id, "analysis", since)).Select(c => c.Alias).ShouldBe(["sonnet"]);
        (await log.SummarizeAsync(_other.Id, null, since)).ShouldBeEmpty();

        // The same calls as metrics (meter Forge.AI), at once and without a tenant label.
        metrics.Sum("forge.ai.calls", "alias=haiku", "outcome=success", "product=fortune").ShouldBe(1);
        metrics.Sum("forge.ai.calls", "alias=sonnet", $"outcome={nameof(AiFailureKind.Unauthorized)}", "product=analysis").ShouldBe(1);
        metrics.Sum("forge.ai.tokens", "alias=haiku", "direction=input").ShouldBe(1000);
        metrics.Sum("forge.ai.tokens", "alias=haiku", "direction=output").ShouldBe(500);
        metrics.Tags.ShouldNotContain(t => t.StartsWith("tenant", StringComparison.Ordinal));
    }

    /// <summary>Listens to the Forge.AI meter of every host in this process (test classes here run one at a time).</summary>
    private sealed class MetricsProbe : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentBag<(string Instrument, double Value, string[] Tags)> _seen = [];

        public MetricsProbe()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AiCallMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Add(i, value, tags));
            _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Add(i, value, tags));
            _listener.Start();
        }

        public IEnumerable<string> Tags => _seen.SelectMany(m => m.Tags);

        public double Sum(string instrument, params string[] tags) =>
            _seen.Where(m => m.Instrument == instrument && tags.All(m.Tags.Contains)).Sum(m => m.Value);

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            _seen.Add((instrument.Name, value, tags.ToArray().Select(t => $"{t.Key}={t.Value}").ToArray()));

        public void Dispose() => _listener.Dispose();
    }
}
