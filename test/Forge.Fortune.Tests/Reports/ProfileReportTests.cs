using System.Net;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Reports;

/// <summary><c>GET /v1/reports/profiles</c>: figures after known profiles and deletions, the range, the tenant wall.</summary>
[ProviderSensitive]
public sealed class ProfileReportTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private static readonly string[] DayMasters = ["갑목", "을목", "병화", "정화", "무토", "기토", "경금", "신금", "임수", "계수"];
    private static readonly string[] Elements = ["wood", "fire", "earth", "metal", "water"];
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("report-profiles" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Counts_and_distributions_follow_the_created_and_deleted_profiles()
    {
        // 1990-05-15 is a 경 day (ProfileAccessTests pins it); each following day is the next stem.
        var a = await _client.CreateProfileAsync(ReportApi.Birth(15, "male"));
        var b = await _client.CreateProfileAsync(ReportApi.Birth(15, "female"));
        var c = await _client.CreateProfileAsync(ReportApi.Birth(16, "male"));
        var d = await _client.CreateProfileAsync(ReportApi.Birth(17, "male"));
        var e = await _client.CreateProfileAsync(ReportApi.Birth(17, "female"));
        a.Str("day_master").ShouldBe("경금");
        c.Str("day_master").ShouldBe("신금");
        d.Str("day_master").ShouldBe("임수");
        (await _client.DeleteAsync($"/v1/profiles/{e.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another tenant's profiles and deletions are never counted.
        var other = await _host.EnterpriseClientAsync("report-profiles-other" + _tenantSuffix);
        await other.CreateProfileAsync(ReportApi.Birth(20, "female"));
        var gone = await other.CreateProfileAsync(ReportApi.Birth(21, "female"));
        await other.DeleteAsync($"/v1/profiles/{gone.Str("id")}");

        var report = await _client.ProfileReportAsync();
        report.Str("start_date").ShouldBe(ReportApi.DaysFromToday(-29));
        report.Str("end_date").ShouldBe(ReportApi.Today);
        report.GetProperty("total_profiles").GetInt64().ShouldBe(5);
        report.GetProperty("active_profiles").GetInt64().ShouldBe(4);
        report.GetProperty("deleted_profiles").GetInt64().ShouldBe(1);

        var gender = report.GetProperty("gender_distribution");
        gender.Keys().ShouldBe(["male", "female"]);
        gender.GetProperty("male").Count().ShouldBe(3);
        gender.GetProperty("male").Pct().ShouldBe(75);
        gender.GetProperty("female").Count().ShouldBe(1);
        gender.GetProperty("female").Pct().ShouldBe(25);

        var dayMasters = report.GetProperty("day_master_distribution");
        dayMasters.Keys().ShouldBe(DayMasters);
        dayMasters.GetProperty("경금").Count().ShouldBe(2);
        dayMasters.GetProperty("경금").Pct().ShouldBe(50);
        dayMasters.GetProperty("신금").Count().ShouldBe(1);
        dayMasters.GetProperty("임수").Count().ShouldBe(1);
        dayMasters.GetProperty("임수").Pct().ShouldBe(25);
        dayMasters.EnumerateObject().Sum(p => p.Value.Count()).ShouldBe(4);

        var elements = report.GetProperty("element_distribution");
        var dayMasterElement = elements.GetProperty("day_master_element");
        dayMasterElement.Keys().ShouldBe(Elements);
        dayMasterElement.GetProperty("metal").Count().ShouldBe(3);
        dayMasterElement.GetProperty("water").Count().ShouldBe(1);
        dayMasterElement.GetProperty("wood").Count().ShouldBe(0);
        dayMasterElement.GetProperty("wood").Pct().ShouldBe(0);
        var weakest = elements.GetProperty("weakest_element");
        weakest.Keys().ShouldBe(Elements);
        weakest.EnumerateObject().Sum(p => p.Value.Count()).ShouldBe(4);
        foreach (var profile in new[] { a, b, c, d })
            weakest.GetProperty(profile.Str("weakest_element")).Count().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_range_is_by_creation_date()
    {
        await _client.CreateProfileAsync(ReportApi.Birth(15, "male"));

        var yesterday = await _client.ProfileReportAsync($"?start_date={ReportApi.DaysFromToday(-10)}&end_date={ReportApi.DaysFromToday(-1)}");
        yesterday.GetProperty("total_profiles").GetInt64().ShouldBe(0);
        yesterday.GetProperty("active_profiles").GetInt64().ShouldBe(0);
        yesterday.GetProperty("gender_distribution").GetProperty("male").Pct().ShouldBe(0);

        var today = await _client.ProfileReportAsync($"?start_date={ReportApi.Today}&end_date={ReportApi.Today}");
        today.GetProperty("active_profiles").GetInt64().ShouldBe(1);

        var startOnly = await _client.ProfileReportAsync($"?start_date={ReportApi.DaysFromToday(-3)}");
        startOnly.Str("end_date").ShouldBe(ReportApi.Today);
        startOnly.GetProperty("total_profiles").GetInt64().ShouldBe(1);
    }

    [Theory]
    [InlineData("start_date=2025-13-01", "invalid_date", "start_date")]
    [InlineData("end_date=yesterday", "invalid_date", "end_date")]
    [InlineData("start_date=2025-01-16T09:00:00Z", "invalid_date", "start_date")]
    [InlineData("start_date=2025-02-01&end_date=2025-01-01", "invalid_field", "start_date")]
    [InlineData("start_date=2024-01-01&end_date=2025-01-01", "invalid_field", "start_date")]
    public async Task Bad_dates_are_400s_naming_the_field(string query, string code, string field)
    {
        await (await _client.GetAsync("/v1/reports/profiles?" + query)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }

    [Fact]
    public async Task A_full_year_of_366_days_is_accepted()
    {
        var report = await _client.ProfileReportAsync("?start_date=2024-01-01&end_date=2024-12-31");
        report.GetProperty("total_profiles").GetInt64().ShouldBe(0);
    }
}
