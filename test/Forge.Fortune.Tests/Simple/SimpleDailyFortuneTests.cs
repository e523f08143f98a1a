using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;

namespace Forge.Fortune.Tests.Simple;

/// <summary><c>POST /api/daily-fortune[-stream]</c> (v0) with the built-in engine, through the real host, on a Free plan.</summary>
public sealed class SimpleDailyFortuneTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _free = null!;

    public async Task InitializeAsync()
    {
        _host = await FortuneApi.StartBuiltinAsync();
        _free = await _host.ClientForAsync("v0-daily-free", "free");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> OkAsync(string body)
    {
        var response = await _free.PostJsonAsync("/api/daily-fortune", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var envelope = await response.Content.ReadFromJsonAsync<JsonElement>();
        envelope.GetProperty("success").GetBoolean().ShouldBeTrue();
        return envelope;
    }

    [Fact]
    public async Task A_Free_plan_key_gets_the_whole_daily_fortune_in_the_success_envelope()
    {
        var envelope = await OkAsync(SimpleDailyApi.Body());

        var meta = envelope.GetProperty("meta");
        meta.Str("requestId").ShouldStartWith("req_");
        meta.Str("model").ShouldBe("builtin");
        meta.GetProperty("cached").GetBoolean().ShouldBeFalse();
        meta.GetProperty("cost").GetDecimal().ShouldBe(0m);
        meta.GetProperty("latency").GetInt64().ShouldBeGreaterThanOrEqualTo(0);

        var data = envelope.GetProperty("data");
        data.Str("userName").ShouldBe("김민수");
        data.Str("type").ShouldBe("full");
        data.Str("engine").ShouldBe("builtin");
        data.Str("disclaimer").ShouldContain("AI가 작성한 해석이 아닙니다");
        var character = data.GetProperty("character");
        character.Str("dayMaster").ShouldBe("경금");
        character.Str("dayMasterHanja").ShouldBe("庚");
        character.Str("title").ShouldBe("단단한 원석");
        var tendency = data.GetProperty("investmentTendency");
        tendency.GetProperty("strengths").GetArrayLength().ShouldBe(2);
        tendency.GetProperty("weakness").Str("element").ShouldBe("wood"); // 庚午 辛巳 庚辰 癸未 has no wood
        foreach (var score in tendency.GetProperty("scores").EnumerateObject()) score.Value.GetInt32().ShouldBeInRange(5, 95);

        var today = data.GetProperty("todayFortune");
        today.Str("date").ShouldBe("2025-01-16");
        today.Str("formattedDate").ShouldBe("2025년 1월 16일 (목)");
        today.Str("greeting").ShouldStartWith("김민수님");
        today.GetProperty("actionItems").GetArrayLength().ShouldBe(3);
        today.GetProperty("deficiency").Str("elementKr").ShouldBe("목");
        today.GetProperty("categories").EnumerateObject().Select(p => p.Name).ShouldBe(FortuneApi.Categories);

        // The same reading the v1 resource API stores for a profile with these pillars (same engine, same day).
        var enterprise = await _host.EnterpriseClientAsync("v0-daily-enterprise");
        var stored = await enterprise.CreateFortuneAsync((await enterprise.CreateProfileAsync()).Str("id"));
        today.Int("score").ShouldBe(stored.Int("score"));
        today.Str("summary").ShouldBe(stored.Str("summary"));
        JsonSerializer.Serialize(today.GetProperty("categories")).ShouldBe(JsonSerializer.Serialize(stored.GetProperty("categories")));
        JsonSerializer.Serialize(today.GetProperty("luckyItems")).ShouldBe(JsonSerializer.Serialize(stored.GetProperty("lucky_items")));
        (await _host.Database.CountAsync("fortune_generations")).ShouldBe(1); // v0 stores nothing; that row is the v1 call's
    }

    [Fact]
    public async Task Pillars_by_hanja_or_with_elements_read_the_same_and_fortune_only_leaves_out_the_profile_sections()
    {
        var byHangul = (await OkAsync(SimpleDailyApi.Body())).GetProperty("data");
        var hanja = SimpleDailyApi.Saju(
            """{"stem":{"hanja":"庚"},"branch":{"hanja":"午"}}""", """{"stem":{"hangul":"신금","hanja":"辛"},"branch":{"hangul":"사화"}}""",
            """{"stem":{"hanja":"庚"},"branch":{"hanja":"辰"}}""", """{"stem":{"hanja":"癸"},"branch":{"hanja":"未"}}""",
            ""","dayMaster":{"element":"metal","name":"경금"}""");
        var byHanja = (await OkAsync(SimpleDailyApi.Body(hanja, extra: ",\"date\":\"2025-01-16\",\"type\":\"fortune_only\""))).GetProperty("data");

        byHanja.GetProperty("todayFortune").Str("summary").ShouldBe(byHangul.GetProperty("todayFortune").Str("summary"));
        byHanja.Str("type").ShouldBe("fortune_only");
        byHanja.TryGetProperty("character", out _).ShouldBeFalse();
        byHanja.TryGetProperty("investmentTendency", out _).ShouldBeFalse();

        // Without an hour pillar the chart has three pillars, and reads differently.
        var noHour = (await OkAsync(SimpleDailyApi.Body(SimpleDailyApi.Saju()))).GetProperty("data");
        noHour.GetProperty("todayFortune").Str("summary").ShouldNotBeNullOrWhiteSpace();
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { SimpleDailyApi.Body(SimpleDailyApi.Saju(day: SimpleDailyApi.Pillar("갑", "축"))), "invalid_saju", "saju.pillars.day" },
        { SimpleDailyApi.Body(SimpleDailyApi.Saju(year: SimpleDailyApi.Pillar("낙", "오"))), "invalid_saju", "saju.pillars.year" },
        { SimpleDailyApi.Body(SimpleDailyApi.Saju(month: SimpleDailyApi.Pillar("계", "사"))), "invalid_saju", "saju.pillars.month" },
        { SimpleDailyApi.Body(SimpleDailyApi.Saju(hour: SimpleDailyApi.Pillar("병", "신"))), "invalid_saju", "saju.pillars.hour" },
        { SimpleDailyApi.Body(SimpleDailyApi.Saju(day: """{"stem":{"hangul":"경","hanja":"甲"},"branch":{"hangul":"진"}}""")), "invalid_saju", "saju.pillars.day" },
        { SimpleDailyApi.Body(SimpleDailyApi.Saju(day: """{"stem":{"hangul":"경"}}""")), "invalid_saju", "saju.pillars.day" },
        { SimpleDailyApi.Body("""{"pillars":{"year":{"stem":{"hangul":"경"},"branch":{"hangul":"오"}}}}"""), "missing_field", "saju.pillars.month" },
        { SimpleDailyApi.Body(SimpleDailyApi.Saju(extra: ""","dayMaster":{"name":"병화"}""")), "invalid_saju", "saju.dayMaster" },
        { """{"userName":"김민수"}""", "missing_field", "saju" },
        { SimpleDailyApi.Body(user: "\"userName\":\"  \""), "missing_field", "userName" },
        { SimpleDailyApi.Body(extra: ",\"date\":\"2025-13-01\""), "invalid_date", "date" },
        { SimpleDailyApi.Body(extra: ",\"type\":\"radar\""), "invalid_field", "type" },
        { SimpleDailyApi.Body(extra: ",\"model\":\"gemini\""), "invalid_model", "model" },
        { SimpleDailyApi.Body(extra: ",\"saju\":7"), "invalid_field", "saju" },
        { SimpleDailyApi.Body(extra: ",\"usrName\":\"김\""), "invalid_field", "usrName" },
    };

    [Fact]
    public async Task The_saju_object_may_be_api_sajus_whole_result_with_fields_it_does_not_read()
    {
        var day = """{"stem":{"kr":"경","hangul":"경","cn":"庚","element":"metal","index":6},"branch":{"hangul":"진","animal":"용","index":4},"fullKr":"경진","fullCn":"庚辰"}""";
        var response = await _free.PostJsonAsync("/api/daily-fortune", SimpleDailyApi.Body(SimpleDailyApi.Saju(day: day)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_400_in_the_ERR_envelope_naming_the_field(string body, string code, string field)
    {
        await (await _free.PostJsonAsync("/api/daily-fortune", body)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
        var stream = await _free.PostJsonAsync("/api/daily-fortune-stream", body);
        stream.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        await stream.ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }

    [Fact]
    public async Task The_stream_sends_character_tendency_fortune_and_complete_in_order()
    {
        var full = (await OkAsync(SimpleDailyApi.Body())).GetProperty("data");

        await using (var sse = await SseClient.PostAsync(_free, "/api/daily-fortune-stream", SimpleDailyApi.Body()))
        {
            var frames = await sse.ToEndAsync();
            frames.Select(f => f.Event).ShouldBe(["character", "tendency", "fortune", "complete"]);
            JsonSerializer.Serialize(frames[0].Data).ShouldBe(JsonSerializer.Serialize(full.GetProperty("character")));
            JsonSerializer.Serialize(frames[1].Data).ShouldBe(JsonSerializer.Serialize(full.GetProperty("investmentTendency")));
            JsonSerializer.Serialize(frames[2].Data).ShouldBe(JsonSerializer.Serialize(full.GetProperty("todayFortune")));
            var complete = frames[3].Data;
            complete.Str("model").ShouldBe("builtin");
            complete.Str("engine").ShouldBe("builtin");
            complete.GetProperty("cached").GetBoolean().ShouldBeFalse();
            complete.GetProperty("cost").GetDecimal().ShouldBe(0m);
            complete.Str("requestId").ShouldStartWith("req_");
        }

        await using var only = await SseClient.PostAsync(_free, "/api/daily-fortune-stream", SimpleDailyApi.Body(extra: ",\"type\":\"fortune_only\""));
        (await only.ToEndAsync()).Select(f => f.Event).ShouldBe(["fortune", "complete"]);
    }
}
