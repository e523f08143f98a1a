using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary><c>POST /v1/fortunes</c> with no AI provider: the built-in engine answers, says so, and the result is cached.</summary>
[ProviderSensitive]
public sealed class FortuneCreateTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _profileId = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("fortunes-create" + _tenantSuffix);
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_fortune_is_201_with_Location_and_the_builtin_engine_named()
    {
        var response = await _client.PostJsonAsync("/v1/fortunes", FortuneApi.Body(_profileId));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var fortune = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        response.Headers.Location!.ToString().ShouldBe($"/v1/fortunes/{fortune.Str("id")}");

        fortune.ShouldBeAWholeFortune();
        fortune.Str("profile_id").ShouldBe(_profileId);
        fortune.Str("fortune_type").ShouldBe("daily");
        fortune.Str("fortune_date").ShouldBe("2025-01-16");
        // ADR 7 #8: haiku was asked for, but no provider is configured — never pass rules off as an LLM.
        fortune.Str("model").ShouldBe("builtin");
        fortune.Str("engine").ShouldBe("builtin");
        fortune.Str("disclaimer").ShouldContain("AI가 작성한 해석이 아닙니다");
        fortune.GetProperty("cached").GetBoolean().ShouldBeFalse();
        var lucky = fortune.GetProperty("lucky_items");
        lucky.GetProperty("numbers").GetArrayLength().ShouldBe(3);
        lucky.Str("color").ShouldBeOneOf("청색", "적색", "황색", "백색", "흑색");
        lucky.Str("direction").ShouldBeOneOf("동", "남", "중앙", "서", "북");

        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: false)).ShouldBe(1);
        (await _host.AuditCountAsync("fortune.generated", fortune.Str("id"))).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_conditions_again_are_200_cached_with_the_same_fortune()
    {
        var (firstStatus, first) = await _client.PostFortuneAsync(FortuneApi.Body(_profileId));
        var (secondStatus, second) = await _client.PostFortuneAsync(FortuneApi.Body(_profileId));

        firstStatus.ShouldBe(HttpStatusCode.Created);
        secondStatus.ShouldBe(HttpStatusCode.OK);
        second.Str("id").ShouldBe(first.Str("id"));
        second.GetProperty("cached").GetBoolean().ShouldBeTrue();
        second.Str("summary").ShouldBe(first.Str("summary"));
        second.Str("generated_at").ShouldBe(first.Str("generated_at"));
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: true)).ShouldBe(1);

        // A read now says the fortune has been served from storage.
        var read = await _client.GetAsync($"/v1/fortunes/{first.Str("id")}").OkJsonAsync();
        read.GetProperty("cached").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Any_day_of_a_month_or_year_finds_the_period_fortune_keyed_by_its_first_day()
    {
        var january = await _client.CreateFortuneAsync(_profileId, "monthly", "2025-01-05");
        var laterInJanuary = await _client.CreateFortuneAsync(_profileId, "monthly", "2025-01-28");
        var february = await _client.CreateFortuneAsync(_profileId, "monthly", "2025-02-03");
        var year = await _client.CreateFortuneAsync(_profileId, "yearly", "2025-07-01");
        var sameYear = await _client.CreateFortuneAsync(_profileId, "yearly", "2025-12-31");

        january.Str("fortune_date").ShouldBe("2025-01-01");
        laterInJanuary.Str("id").ShouldBe(january.Str("id"));
        laterInJanuary.GetProperty("cached").GetBoolean().ShouldBeTrue();
        february.Str("id").ShouldNotBe(january.Str("id"));
        february.Str("fortune_date").ShouldBe("2025-02-01");
        year.Str("fortune_date").ShouldBe("2025-01-01");
        sameYear.Str("id").ShouldBe(year.Str("id"));
        year.Str("summary").ShouldContain("2025년");
    }

    [Fact]
    public async Task Unconfigured_aliases_share_the_one_builtin_fortune_and_lucky_items_can_be_left_out()
    {
        var haiku = await _client.CreateFortuneAsync(_profileId, extra: "\"model\":\"haiku\"");
        var sonnet = await _client.CreateFortuneAsync(_profileId, extra: "\"model\":\"SONNET\",\"include_lucky_items\":false");

        sonnet.Str("id").ShouldBe(haiku.Str("id"));
        sonnet.Str("model").ShouldBe("builtin");
        sonnet.TryGetProperty("lucky_items", out _).ShouldBeFalse();
        (await _host.CountAsync("SELECT COUNT(*) FROM fortune_generations WHERE \"ProfileId\" = @p AND \"RequestedModel\" = 'sonnet' AND \"Model\" = 'builtin'", ("@p", _profileId))).ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_date_the_fortune_is_for_today_in_Korea()
    {
        static string KoreanToday() => DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd");
        var before = KoreanToday();
        var fortune = await _client.CreateFortuneAsync(_profileId, date: null);
        fortune.Str("fortune_date").ShouldBeOneOf(before, KoreanToday());
    }

    [Fact]
    public async Task Concurrent_identical_requests_store_one_fortune()
    {
        var body = FortuneApi.Body(_profileId, date: "2025-03-03");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.PostFortuneAsync(body)));

        results.Select(r => r.Fortune.Str("id")).Distinct().Count().ShouldBe(1);
        results.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(1);
        results.Count(r => r.Fortune.GetProperty("cached").GetBoolean()).ShouldBe(7);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: false)).ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: true)).ShouldBe(7);
    }
}
