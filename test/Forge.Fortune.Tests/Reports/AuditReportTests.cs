using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Reports;

/// <summary><c>GET /v1/reports/audit</c>: the permission, filters, newest-first keyset pages, the cursor, the tenant wall.</summary>
[ProviderSensitive]
public sealed class AuditReportTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _auditor = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _auditor = await _host.EnterpriseClientAsync("report-audit" + _tenantSuffix, FortunePermissions.Audit);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Without_the_audit_permission_it_is_403_forbidden_even_for_a_bad_query()
    {
        var plain = await _host.EnterpriseClientAsync("report-audit-plain" + _tenantSuffix, FortunePermissions.Unmasked);
        await (await plain.GetAsync("/v1/reports/audit")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "forbidden", "forbidden");
        await (await plain.GetAsync("/v1/reports/audit?limit=0")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "forbidden", "forbidden");
    }

    [Fact]
    public async Task Entries_of_known_actions_come_back_newest_first_in_R_audit_shape()
    {
        _auditor.DefaultRequestHeaders.UserAgent.ParseAdd("audit-tests/2.0");
        var first = (await _auditor.CreateProfileAsync()).Str("id");
        var second = (await _auditor.CreateProfileAsync()).Str("id");
        (await _auditor.SendJsonAsync(HttpMethod.Patch, $"/v1/profiles/{first}", """{"name":"이정"}""")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _auditor.DeleteAsync($"/v1/profiles/{second}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await _auditor.GetAsync("/v1/reports/audit").OkJsonAsync();
        page.GetProperty("total_count").GetInt32().ShouldBe(4);
        page.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        page.TryGetProperty("next_cursor", out _).ShouldBeFalse();
        var data = page.GetProperty("data").EnumerateArray().ToList();
        data.Select(e => e.Str("action")).ShouldBe(["profile.deleted", "profile.updated", "profile.created", "profile.created"]);
        data.Select(e => e.Str("created_at")).ShouldBeInOrder(SortDirection.Descending, StringComparer.Ordinal);

        var deleted = data[0];
        deleted.Str("id").ShouldMatch("^log_[0-9a-z]{16}$");
        deleted.Str("resource_type").ShouldBe("profile");
        deleted.Str("resource_id").ShouldBe(second);
        deleted.Str("actor_ip").ShouldNotBeNullOrEmpty();
        deleted.Str("actor_api_key").ShouldMatch(@"^bs_live_[0-9A-Za-z]{4}…$");
        deleted.Str("request_id").ShouldStartWith("req_");
        deleted.GetProperty("metadata").Str("user_agent").ShouldBe("audit-tests/2.0");
        deleted.GetProperty("metadata").Str("endpoint").ShouldBe($"DELETE /v1/profiles/{second}");
        deleted.Str("created_at").ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$");
        deleted.TryGetProperty("actor_client_id", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_the_total()
    {
        var first = (await _auditor.CreateProfileAsync()).Str("id");
        var second = (await _auditor.CreateProfileAsync()).Str("id");
        await _auditor.DeleteAsync($"/v1/profiles/{second}");

        async Task<List<JsonElement>> List(string query)
        {
            var page = await _auditor.GetAsync("/v1/reports/audit?" + query).OkJsonAsync();
            var data = page.GetProperty("data").EnumerateArray().ToList();
            page.GetProperty("total_count").GetInt32().ShouldBe(data.Count);
            return data;
        }

        (await List("action=profile.deleted")).Single().Str("resource_id").ShouldBe(second);
        (await List("action=profile.created")).Count.ShouldBe(2);
        (await List("action=profile.unmasked")).ShouldBeEmpty();
        (await List($"resource_id={second}")).Select(e => e.Str("action")).ShouldBe(["profile.deleted", "profile.created"]);
        (await List($"resource_id={first}&action=profile.created")).Count.ShouldBe(1);
        (await List("resource_type=profile")).Count.ShouldBe(3);
        (await List("resource_type=webhook")).ShouldBeEmpty();
        var ip = (await List("")).First().Str("actor_ip");
        (await List("actor_ip=" + ip)).Count.ShouldBe(3);
        (await List("actor_ip=10.1.2.3")).ShouldBeEmpty();
        (await List($"start_date={ReportApi.Today}")).Count.ShouldBe(3);
        (await List($"end_date={ReportApi.Today}")).Count.ShouldBe(3);
        (await List($"end_date={ReportApi.DaysFromToday(-1)}")).ShouldBeEmpty();
        (await List($"start_date={ReportApi.DaysFromToday(1)}T00:00:00Z")).ShouldBeEmpty();
        (await List($"start_date={ReportApi.DaysFromToday(-1)}T00:00:00%2B09:00&end_date={ReportApi.DaysFromToday(1)}T23:59:59Z")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_cursor_walk_returns_every_entry_once_newest_first_and_a_tampered_cursor_is_refused()
    {
        for (var i = 0; i < 5; i++) await _auditor.CreateProfileAsync();
        var all = (await _auditor.GetAsync("/v1/reports/audit?limit=1000").OkJsonAsync()).GetProperty("data").EnumerateArray().Select(e => e.Str("id")).ToList();
        all.Count.ShouldBe(5);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        string? firstCursor = null;
        do
        {
            var page = await _auditor.GetAsync("/v1/reports/audit?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))).OkJsonAsync();
            pages++;
            page.GetProperty("total_count").GetInt32().ShouldBe(5);
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(e => e.Str("id")));
            cursor = page.GetProperty("has_more").GetBoolean() ? page.Str("next_cursor") : null;
            firstCursor ??= cursor;
        } while (cursor is not null && pages < 10);
        pages.ShouldBe(3);
        seen.ShouldBe(all);

        var tampered = firstCursor![..^2] + (firstCursor[^2] == 'A' ? 'B' : 'A') + firstCursor[^1];
        await (await _auditor.GetAsync("/v1/reports/audit?cursor=" + Uri.EscapeDataString(tampered)))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "cursor");
        // A profile-list cursor is not an audit cursor, and another tenant cannot replay this one.
        var profileCursor = (await _auditor.GetAsync("/v1/profiles?limit=1").OkJsonAsync()).Str("next_cursor");
        await (await _auditor.GetAsync("/v1/reports/audit?cursor=" + Uri.EscapeDataString(profileCursor)))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "cursor");
        var other = await _host.EnterpriseClientAsync("report-audit-replay" + _tenantSuffix, FortunePermissions.Audit);
        await (await other.GetAsync("/v1/reports/audit?cursor=" + Uri.EscapeDataString(firstCursor)))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "cursor");
    }

    [Fact]
    public async Task Another_tenants_entries_are_never_listed()
    {
        var mine = (await _auditor.CreateProfileAsync()).Str("id");
        var other = await _host.EnterpriseClientAsync("report-audit-other" + _tenantSuffix, FortunePermissions.Audit);
        var theirs = (await other.CreateProfileAsync()).Str("id");

        var page = await _auditor.GetAsync("/v1/reports/audit").OkJsonAsync();
        page.GetProperty("data").EnumerateArray().Select(e => e.Str("resource_id")).ShouldBe([mine]);
        (await _auditor.GetAsync($"/v1/reports/audit?resource_id={theirs}").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("limit=0", "invalid_field", "limit")]
    [InlineData("limit=1001", "invalid_field", "limit")]
    [InlineData("limit=ten", "invalid_field", "limit")]
    [InlineData("action=DROP%20TABLE", "invalid_field", "action")]
    [InlineData("resource_type=tenant", "invalid_field", "resource_type")]
    [InlineData("actor_ip=not-an-ip", "invalid_field", "actor_ip")]
    [InlineData("start_date=16-01-2025", "invalid_date", "start_date")]
    [InlineData("end_date=2025-01-16T25:00:00Z", "invalid_date", "end_date")]
    [InlineData("start_date=2025-02-01&end_date=2025-01-31", "invalid_field", "start_date")]
    public async Task Bad_filters_are_400s_naming_the_field(string query, string code, string field)
    {
        await (await _auditor.GetAsync("/v1/reports/audit?" + query)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }

    [Fact]
    public async Task A_limit_of_1000_is_accepted()
    {
        (await _auditor.GetAsync("/v1/reports/audit?limit=1000").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(0);
    }
}
