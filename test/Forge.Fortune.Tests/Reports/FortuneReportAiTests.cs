using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Reports;

/// <summary>The fortunes report with a model answering through the real SDK against the fake provider: cost and latency per model.</summary>
public sealed class FortuneReportAiTests : IAsyncLifetime
{
    private FakeAnthropicServer _anthropic = null!;
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _anthropic = await FakeAnthropicServer.StartAsync();
        _host = await FortuneApi.StartWithAnthropicAsync(_anthropic);
        _client = await _host.EnterpriseClientAsync("report-fortunes-ai");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    [Fact]
    public async Task Model_calls_carry_their_cost_and_latency_and_cache_hits_cost_nothing()
    {
        var profile = (await _client.CreateProfileAsync()).Str("id");
        // 1200 in + 400 out at haiku's list prices = 0.00256 $; each reply takes at least 150 ms.
        _anthropic.Otherwise = FakeAiOutcome.Slow(TimeSpan.FromMilliseconds(150), FakeAiOutcome.Reply(FortuneAiTests.GoodReply, 1200, 400));
        await _client.CreateFortuneAsync(profile, date: "2025-01-16");
        await _client.CreateFortuneAsync(profile, date: "2025-01-17");
        await _client.CreateFortuneAsync(profile, date: "2025-01-17"); // cached: no call, no cost
        await _client.CreateFortuneAsync(profile, date: "2025-01-17", extra: "\"model\":\"gpt4o\""); // no OpenAI key: built-in engine
        _anthropic.RequestCount.ShouldBe(2);

        var report = await _client.FortuneReportAsync();

        var summary = report.GetProperty("summary");
        summary.GetProperty("total_fortunes").GetInt64().ShouldBe(4);
        summary.GetProperty("cache_hit_rate").GetDouble().ShouldBe(25);
        summary.GetProperty("total_cost_usd").GetDecimal().ShouldBe(0.00512m);
        summary.GetProperty("average_score").GetDouble().ShouldBe(Math.Round((78 * 3 + await BuiltinScoreAsync()) / 4.0, 2));

        var byModel = report.GetProperty("by_model");
        byModel.Keys().ShouldBe(["haiku", "builtin"]); // busiest first
        var haiku = byModel.GetProperty("haiku");
        haiku.GetProperty("count").GetInt64().ShouldBe(3);
        haiku.GetProperty("percentage").GetDouble().ShouldBe(75);
        haiku.GetProperty("cache_hit_rate").GetDouble().ShouldBe(33.33);
        haiku.GetProperty("total_cost_usd").GetDecimal().ShouldBe(0.00512m);
        // Two slow calls and one fast cache hit.
        haiku.GetProperty("average_latency_ms").GetDouble().ShouldBeGreaterThanOrEqualTo(100);
        var builtin = byModel.GetProperty("builtin");
        builtin.GetProperty("count").GetInt64().ShouldBe(1);
        builtin.GetProperty("total_cost_usd").GetDecimal().ShouldBe(0m);
        builtin.GetProperty("average_latency_ms").GetDouble().ShouldBeLessThan(haiku.GetProperty("average_latency_ms").GetDouble());
    }

    private async Task<long> BuiltinScoreAsync() =>
        await _host.CountAsync("SELECT \"Score\" FROM fortune_fortunes WHERE \"Model\" = 'builtin'");
}
