using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Reports;

/// <summary><c>GET /v1/reports/usage</c>: the platform's metering of known calls, per day and per route, per tenant.</summary>
[ProviderSensitive]
public sealed class UsageReportTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await FortuneApiHost.StartAsync();
        _client = await _host.EnterpriseClientAsync("report-usage");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Known_calls_show_up_per_route_and_day_with_their_errors()
    {
        for (var i = 0; i < 3; i++) await _client.CreateProfileAsync();
        for (var i = 0; i < 2; i++)
            (await _client.GetAsync("/v1/profiles/prf_000000000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Metering is written off the request path: wait until all five calls are in the aggregates.
        var report = await Eventually.GetAsync(() => _client.GetAsync("/v1/reports/usage").OkJsonAsync(),
            r => Endpoint(r, "/v1/profiles/{id}") is { } e && e.GetProperty("requests").GetInt64() == 2
                 && Endpoint(r, "/v1/profiles/") is { } c && c.GetProperty("requests").GetInt64() == 3,
            what: "the five profile calls in the usage report");

        var create = Endpoint(report, "/v1/profiles/")!.Value;
        create.GetProperty("errors").GetInt64().ShouldBe(0);
        create.GetProperty("error_rate").GetDouble().ShouldBe(0);
        create.GetProperty("average_latency_ms").GetDouble().ShouldBeGreaterThan(0);
        var missing = Endpoint(report, "/v1/profiles/{id}")!.Value;
        missing.GetProperty("errors").GetInt64().ShouldBe(2);
        missing.GetProperty("error_rate").GetDouble().ShouldBe(100);

        // The totals, the days and the routes are three views of the same calls (earlier report calls included).
        var endpoints = report.GetProperty("by_endpoint").EnumerateArray().ToList();
        var days = report.GetProperty("by_day").EnumerateArray().ToList();
        var summary = report.GetProperty("summary");
        var total = summary.GetProperty("total_requests").GetInt64();
        var errors = summary.GetProperty("total_errors").GetInt64();
        total.ShouldBe(endpoints.Sum(e => e.GetProperty("requests").GetInt64()));
        total.ShouldBe(days.Sum(d => d.GetProperty("requests").GetInt64()));
        errors.ShouldBe(2);
        summary.GetProperty("error_rate").GetDouble().ShouldBe(Math.Round(200.0 / total, 2));
        summary.GetProperty("average_latency_ms").GetDouble().ShouldBeGreaterThan(0);
        endpoints.Select(e => e.GetProperty("requests").GetInt64()).ShouldBeInOrder(SortDirection.Descending);

        // Thirty days by default, every one present, ending today (UTC); only today has calls.
        days.Count.ShouldBe(30);
        days[0].Str("date").ShouldBe(ReportApi.DaysFromToday(-29));
        days[^1].Str("date").ShouldBe(ReportApi.Today);
        days[^1].GetProperty("requests").GetInt64().ShouldBe(total);
        days[0].GetProperty("requests").GetInt64().ShouldBe(0);
        days[0].GetProperty("average_latency_ms").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Another_tenants_calls_are_not_counted()
    {
        for (var i = 0; i < 4; i++) await _client.CreateProfileAsync();
        await Eventually.GetAsync(() => _client.GetAsync("/v1/reports/usage").OkJsonAsync(),
            r => Endpoint(r, "/v1/profiles/")?.GetProperty("requests").GetInt64() == 4, what: "the creates in the report");

        var other = await _host.EnterpriseClientAsync("report-usage-other");
        var report = await other.GetAsync("/v1/reports/usage").OkJsonAsync();
        Endpoint(report, "/v1/profiles/").ShouldBeNull();
        report.GetProperty("by_endpoint").EnumerateArray().Select(e => e.Str("endpoint")).ShouldAllBe(e => e == "/v1/reports/usage");
    }

    [Fact]
    public async Task A_range_in_the_past_has_no_calls()
    {
        await _client.CreateProfileAsync();
        var report = await _client.GetAsync($"/v1/reports/usage?start_date=2025-01-01&end_date=2025-01-07").OkJsonAsync();
        report.Str("start_date").ShouldBe("2025-01-01");
        report.Str("end_date").ShouldBe("2025-01-07");
        report.GetProperty("by_day").GetArrayLength().ShouldBe(7);
        report.GetProperty("summary").GetProperty("total_requests").GetInt64().ShouldBe(0);
        report.GetProperty("summary").GetProperty("average_latency_ms").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("by_endpoint").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("start_date=2025-02-30", "invalid_date", "start_date")]
    [InlineData("end_date=20250101", "invalid_date", "end_date")]
    [InlineData("start_date=2025-03-01&end_date=2025-01-01", "invalid_field", "start_date")]
    [InlineData("start_date=2020-01-01&end_date=2025-01-01", "invalid_field", "start_date")]
    public async Task Bad_dates_are_400s_naming_the_field(string query, string code, string field)
    {
        await (await _client.GetAsync("/v1/reports/usage?" + query)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }

    [Fact]
    public async Task Non_enterprise_tenants_get_enterprise_required()
    {
        var pro = await _host.ClientForAsync("report-usage-pro", Host.Tenants.Editions.Pro);
        await (await pro.GetAsync("/v1/reports/usage")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "enterprise_required", "forbidden");
    }

    private static JsonElement? Endpoint(JsonElement report, string route) =>
        report.GetProperty("by_endpoint").EnumerateArray().Where(e => e.Str("endpoint") == route).Select(e => (JsonElement?)e).FirstOrDefault();
}
