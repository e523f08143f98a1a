using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;

namespace Forge.Fortune.Tests.Reports;

/// <summary><c>GET /v1/reports/fortunes</c> with the built-in engine: known requests, their figures, filters, isolation.</summary>
[ProviderSensitive]
public sealed class FortuneReportTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await FortuneApi.StartBuiltinAsync();
        _client = await _host.EnterpriseClientAsync("report-fortunes");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_answered_request_counts_and_cache_hits_raise_the_hit_rate()
    {
        var a = (await _client.CreateProfileAsync()).Str("id");
        var b = (await _client.CreateProfileAsync(ReportApi.Birth(20, "female"))).Str("id");
        var served = new List<(string Type, int Score)>();
        async Task Ask(string profile, string type, string date)
        {
            var fortune = await _client.CreateFortuneAsync(profile, type, date);
            served.Add((type, fortune.Int("score")));
        }
        await Ask(a, "daily", "2025-01-16");
        await Ask(a, "daily", "2025-01-16");   // cached
        await Ask(a, "monthly", "2025-01-20");
        await Ask(b, "daily", "2025-01-16");
        await Ask(b, "yearly", "2025-03-01");
        await Ask(b, "yearly", "2025-07-01");  // same year: cached
        await Ask(b, "yearly", "2025-12-31");  // cached

        var report = await _client.FortuneReportAsync();

        report.Str("start_date").ShouldBe(ReportApi.DaysFromToday(-29));
        report.Str("end_date").ShouldBe(ReportApi.Today);
        report.TryGetProperty("fortune_type", out _).ShouldBeFalse();
        var summary = report.GetProperty("summary");
        summary.GetProperty("total_fortunes").GetInt64().ShouldBe(7);
        summary.GetProperty("unique_profiles").GetInt64().ShouldBe(2);
        summary.GetProperty("cache_hit_rate").GetDouble().ShouldBe(42.86); // 3 of 7
        summary.GetProperty("average_score").GetDouble().ShouldBe(Math.Round(served.Average(s => s.Score), 2));
        summary.GetProperty("average_latency_ms").GetDouble().ShouldBe(await AverageLoggedLatencyAsync());
        summary.GetProperty("total_cost_usd").GetDecimal().ShouldBe(0m);

        var byType = report.GetProperty("by_type");
        byType.Keys().ShouldBe(["daily", "monthly", "yearly"]);
        Figures(byType, "daily").ShouldBe((3, 42.86, Math.Round(served.Where(s => s.Type == "daily").Average(s => s.Score), 2), 33.33));
        Figures(byType, "monthly").ShouldBe((1, 14.29, served.Single(s => s.Type == "monthly").Score, 0));
        Figures(byType, "yearly").ShouldBe((3, 42.86, served.First(s => s.Type == "yearly").Score, 66.67));

        // No provider is configured: haiku was asked for, the built-in engine answered every request, for free.
        var byModel = report.GetProperty("by_model");
        byModel.Keys().ShouldBe(["builtin"]);
        var builtin = byModel.GetProperty("builtin");
        builtin.GetProperty("count").GetInt64().ShouldBe(7);
        builtin.GetProperty("percentage").GetDouble().ShouldBe(100);
        builtin.GetProperty("cache_hit_rate").GetDouble().ShouldBe(42.86);
        builtin.GetProperty("average_latency_ms").GetDouble().ShouldBe(summary.GetProperty("average_latency_ms").GetDouble());
        builtin.GetProperty("total_cost_usd").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task The_fortune_type_filter_and_the_date_range_select_requests()
    {
        var profile = (await _client.CreateProfileAsync()).Str("id");
        var yearly = await _client.CreateFortuneAsync(profile, "yearly", "2025-03-01");
        await _client.CreateFortuneAsync(profile, "yearly", "2025-03-01");
        await _client.CreateFortuneAsync(profile, "daily", "2025-01-16");

        var onlyYearly = await _client.FortuneReportAsync("?fortune_type=yearly");
        onlyYearly.Str("fortune_type").ShouldBe("yearly");
        onlyYearly.GetProperty("summary").GetProperty("total_fortunes").GetInt64().ShouldBe(2);
        onlyYearly.GetProperty("summary").GetProperty("cache_hit_rate").GetDouble().ShouldBe(50);
        onlyYearly.GetProperty("summary").GetProperty("average_score").GetDouble().ShouldBe(yearly.Int("score"));
        Figures(onlyYearly.GetProperty("by_type"), "yearly").ShouldBe((2, 100, yearly.Int("score"), 50));
        var daily = onlyYearly.GetProperty("by_type").GetProperty("daily");
        daily.GetProperty("count").GetInt64().ShouldBe(0);
        daily.GetProperty("average_score").ValueKind.ShouldBe(JsonValueKind.Null);

        // Requests are dated by when they were answered (today), not by the fortune's own date.
        var past = await _client.FortuneReportAsync("?start_date=2025-01-01&end_date=2025-01-31");
        past.GetProperty("summary").GetProperty("total_fortunes").GetInt64().ShouldBe(0);
        past.GetProperty("summary").GetProperty("average_score").ValueKind.ShouldBe(JsonValueKind.Null);
        past.GetProperty("summary").GetProperty("average_latency_ms").ValueKind.ShouldBe(JsonValueKind.Null);
        past.GetProperty("summary").GetProperty("cache_hit_rate").GetDouble().ShouldBe(0);
        past.GetProperty("by_model").Keys().ShouldBeEmpty();
        var today = await _client.FortuneReportAsync($"?start_date={ReportApi.Today}&end_date={ReportApi.Today}");
        today.GetProperty("summary").GetProperty("total_fortunes").GetInt64().ShouldBe(3);
    }

    [Theory]
    [InlineData("?fortune_type=weekly", "invalid_field", "fortune_type")]
    [InlineData("?start_date=2025-13-01", "invalid_date", "start_date")]
    [InlineData("?end_date=yesterday", "invalid_date", "end_date")]
    [InlineData("?start_date=2025-02-01&end_date=2025-01-01", "invalid_field", "start_date")]
    [InlineData("?start_date=2023-01-01&end_date=2025-01-01", "invalid_field", "start_date")]
    public async Task Bad_parameters_are_400_naming_the_field(string query, string code, string field)
    {
        var response = await _client.GetAsync("/v1/reports/fortunes" + query);
        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }

    [Fact]
    public async Task Another_tenants_requests_are_never_counted_and_deleting_a_fortune_changes_nothing()
    {
        var mine = (await _client.CreateProfileAsync()).Str("id");
        var fortune = await _client.CreateFortuneAsync(mine);
        var other = await _host.EnterpriseClientAsync("report-fortunes-other");
        var theirs = (await other.CreateProfileAsync()).Str("id");
        for (var day = 10; day < 14; day++) await other.CreateFortuneAsync(theirs, date: $"2025-01-{day}");

        var before = await _client.FortuneReportAsync();
        before.GetProperty("summary").GetProperty("total_fortunes").GetInt64().ShouldBe(1);
        before.GetProperty("summary").GetProperty("unique_profiles").GetInt64().ShouldBe(1);
        (await other.FortuneReportAsync()).GetProperty("summary").GetProperty("total_fortunes").GetInt64().ShouldBe(4);

        // The log outlives the fortune: a customer tidying up does not rewrite past statistics.
        (await _client.DeleteAsync($"/v1/fortunes/{fortune.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await _client.FortuneReportAsync();
        after.GetProperty("summary").GetRawText().ShouldBe(before.GetProperty("summary").GetRawText());
    }

    private static (long Count, double Percentage, double? AverageScore, double CacheHitRate) Figures(JsonElement byType, string type)
    {
        var t = byType.GetProperty(type);
        var score = t.GetProperty("average_score");
        return (t.GetProperty("count").GetInt64(), t.GetProperty("percentage").GetDouble(),
            score.ValueKind == JsonValueKind.Null ? null : score.GetDouble(), t.GetProperty("cache_hit_rate").GetDouble());
    }

    private async Task<double> AverageLoggedLatencyAsync()
    {
        var sum = await _host.CountAsync("SELECT SUM(\"LatencyMs\") FROM fortune_generations");
        var count = await _host.Database.CountAsync("fortune_generations");
        return Math.Round((double)sum / count, 2, MidpointRounding.AwayFromZero);
    }
}
