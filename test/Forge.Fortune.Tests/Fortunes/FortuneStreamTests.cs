using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>
/// <c>POST /v1/fortunes/stream</c> with the built-in engine, through the real host: the event grammar, the
/// fortune stored exactly as <c>POST /v1/fortunes</c> stores it, the cached re-stream, refusals as JSON.
/// </summary>
[ProviderSensitive]
public sealed class FortuneStreamTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _profileId = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("fortunes-stream" + _tenantSuffix);
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_fortune_streams_start_deltas_categories_and_done_and_is_stored_as_GET_shows_it()
    {
        var frames = await _client.StreamAsync(FortuneApi.Body(_profileId));

        frames.Shape().ShouldBe("start,delta," + FortuneStreamApi.CategoriesThenDone);
        var start = frames[0].Data;
        start.Str("id").ShouldMatch("^ftn_[0-9a-z]{12}$");
        start.Str("profile_id").ShouldBe(_profileId);
        start.Str("fortune_type").ShouldBe("daily");
        start.Str("fortune_date").ShouldBe("2025-01-16");
        start.Str("model").ShouldBe("builtin");
        start.Str("engine").ShouldBe("builtin");
        start.GetProperty("cached").GetBoolean().ShouldBeFalse();

        var done = frames[^1].Data;
        var fortune = done.GetProperty("fortune");
        fortune.ShouldBeAWholeFortune();
        fortune.Str("id").ShouldBe(start.Str("id"));
        fortune.Str("engine").ShouldBe("builtin");
        var stats = done.GetProperty("stats");
        stats.GetProperty("cached").GetBoolean().ShouldBeFalse();
        stats.GetProperty("latency_ms").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        stats.GetProperty("tokens").GetProperty("total").GetInt64().ShouldBe(0); // rules, not a model
        frames.CategoriesShouldMatch(fortune);

        // The deltas, joined, are the stored text: the summary, then each description in key order.
        var texts = frames.Texts();
        texts.Keys.ShouldBe(["summary", .. FortuneApi.Categories.Select(c => $"categories.{c}.description")]);
        texts["summary"].ShouldBe(fortune.Str("summary"));
        foreach (var c in FortuneApi.Categories)
            texts[$"categories.{c}.description"].ShouldBe(fortune.GetProperty("categories").GetProperty(c).Str("description"));
        frames.Count(f => f.Event == "delta").ShouldBeGreaterThan(6); // in pieces, not one block per field

        // Stored exactly as GET shows it, with its log row, audit entry and the blocking endpoint's cache key.
        var stored = await _client.GetAsync($"/v1/fortunes/{fortune.Str("id")}").OkJsonAsync();
        JsonSerializer.Serialize(stored).ShouldBe(JsonSerializer.Serialize(fortune));
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: false)).ShouldBe(1);
        (await _host.AuditCountAsync("fortune.generated", fortune.Str("id"))).ShouldBe(1);
        var (status, again) = await _client.PostFortuneAsync(FortuneApi.Body(_profileId));
        status.ShouldBe(HttpStatusCode.OK);
        again.Str("id").ShouldBe(fortune.Str("id"));
    }

    [Fact]
    public async Task A_stored_fortune_streams_at_once_as_start_categories_done_with_cached_true()
    {
        var (_, created) = await _client.PostFortuneAsync(FortuneApi.Body(_profileId, "monthly", "2025-03-05"));

        // Any day of the month is the same monthly fortune.
        var frames = await _client.StreamAsync(FortuneApi.Body(_profileId, "monthly", "2025-03-20"));

        frames.Shape().ShouldBe("start," + FortuneStreamApi.CategoriesThenDone);
        frames[0].Data.Str("id").ShouldBe(created.Str("id"));
        frames[0].Data.Str("fortune_date").ShouldBe("2025-03-01");
        frames[0].Data.GetProperty("cached").GetBoolean().ShouldBeTrue();
        var done = frames[^1].Data;
        done.GetProperty("fortune").Str("id").ShouldBe(created.Str("id"));
        done.GetProperty("fortune").GetProperty("cached").GetBoolean().ShouldBeTrue();
        done.GetProperty("stats").GetProperty("cached").GetBoolean().ShouldBeTrue();
        frames.CategoriesShouldMatch(created);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: true)).ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"fortune_type":"daily"}""", "missing_field", "profile_id")]
    [InlineData("""{"profile_id":"PID"}""", "missing_field", "fortune_type")]
    [InlineData("""{"profile_id":"PID","fortune_type":"weekly"}""", "invalid_field", "fortune_type")]
    [InlineData("""{"profile_id":"PID","fortune_type":"daily","fortune_date":"2025-02-30"}""", "invalid_date", "fortune_date")]
    [InlineData("""{"profile_id":"PID","fortune_type":"daily","model":"gemini"}""", "invalid_model", "model")]
    [InlineData("""{"profile_id":"PID","fortune_type":7}""", "invalid_field", "fortune_type")]
    public async Task Bad_input_is_refused_as_JSON_before_any_stream(string body, string code, string field)
    {
        var response = await _client.PostJsonAsync(FortuneStreamApi.Path, body.Replace("PID", _profileId));

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_tenants_profile_or_an_unknown_one_is_404_and_v0_plans_are_refused()
    {
        var other = await _host.EnterpriseClientAsync("fortunes-stream-other" + _tenantSuffix);
        await (await other.PostJsonAsync(FortuneStreamApi.Path, FortuneApi.Body(_profileId)))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found", "profile_id");
        await (await _client.PostJsonAsync(FortuneStreamApi.Path, FortuneApi.Body("prf_000000000000")))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found", "profile_id");

        var pro = await _host.ClientForAsync("fortunes-stream-pro" + _tenantSuffix, "pro");
        await (await pro.PostJsonAsync(FortuneStreamApi.Path, FortuneApi.Body(_profileId)))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "enterprise_required", "forbidden");
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
    }
}
