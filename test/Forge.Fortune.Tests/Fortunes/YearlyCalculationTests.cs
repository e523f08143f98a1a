using System.Net;
using System.Text.Json;
using Forge.Fortune.Domain.Saju;
using Forge.Fortune.Tests.Api;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary><c>POST /v1/calculations/yearly</c> through the real host: 세운, the year's reading and its twelve 節 months.</summary>
public sealed class YearlyCalculationTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    private const string Birth = """ "birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":14,"birth_minute":30,"gender":"male" """;

    public async Task InitializeAsync()
    {
        _host = await FortuneApi.StartBuiltinAsync();
        _client = await _host.EnterpriseClientAsync("yearly");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Body(string extra) => "{" + Birth + "," + extra + "}";

    // 2025 (乙巳): the 節 days on Korean clocks and the month pillars 오호둔 gives from 乙 (戊寅 first), as printed in manseryeok.
    public static readonly (string Term, string Date, string Pillar)[] Months2025 =
    [
        ("입춘", "2025-02-03", "戊寅"), ("경칩", "2025-03-05", "己卯"), ("청명", "2025-04-04", "庚辰"), ("입하", "2025-05-05", "辛巳"),
        ("망종", "2025-06-05", "壬午"), ("소서", "2025-07-07", "癸未"), ("입추", "2025-08-07", "甲申"), ("백로", "2025-09-07", "乙酉"),
        ("한로", "2025-10-08", "丙戌"), ("입동", "2025-11-07", "丁亥"), ("대설", "2025-12-07", "戊子"), ("소한", "2026-01-05", "己丑"),
    ];

    [Fact]
    public async Task The_year_has_its_seun_and_twelve_jeol_months_with_their_pillars_and_start_dates()
    {
        var yearly = await _client.PostJsonAsync("/v1/calculations/yearly", Body("\"target_year\":2025")).OkJsonAsync();

        yearly.Int("target_year").ShouldBe(2025);
        yearly.Str("model").ShouldBe("builtin");
        yearly.Str("engine").ShouldBe("builtin");
        yearly.Str("months_engine").ShouldBe("builtin");
        yearly.Str("disclaimer").ShouldContain("AI가 작성한 해석이 아닙니다");
        yearly.GetProperty("chart").Str("day_master").ShouldBe("경금");
        var seun = yearly.GetProperty("seun");
        seun.Str("hanja").ShouldBe("乙巳");
        seun.GetProperty("ten_gods").Str("stem").ShouldBe("정재");   // 乙 against 庚
        seun.GetProperty("ten_gods").Str("branch").ShouldBe("편관"); // 巳 (main stem 丙) against 庚
        seun.Str("starts_at").ShouldStartWith("2025-02-03T14:");     // 입춘 23:10 KST

        var months = yearly.GetProperty("months").EnumerateArray().ToList();
        months.Count.ShouldBe(12);
        for (var i = 0; i < 12; i++)
        {
            var m = months[i];
            m.Int("month").ShouldBe(i + 1);
            (m.Str("solar_term"), m.Str("start_date"), m.Str("pillar_hanja")).ShouldBe(Months2025[i]);
            // The same pillar the chart engine's rules give for that 節's branch in the year of 乙.
            var jeol = (Jeol)((i + 1) % 12);
            m.Str("pillar_hanja").ShouldBe(PillarRules.MonthPillar(HeavenlyStem.Eul, jeol.MonthBranch()).Hanja);
            m.Int("score").ShouldBeInRange(0, 100);
            m.Str("description").ShouldContain(m.Str("pillar") + "월");
            m.GetProperty("ten_gods").Str("stem").ShouldNotBeNullOrEmpty();
        }
        // A child born on a month's first day after its 節 has that month's pillar.
        var born = await _client.PostJsonAsync("/v1/calculations/saju",
            """{"birth_year":2025,"birth_month":8,"birth_day":8,"birth_hour":12,"gender":"female"}""").OkJsonAsync();
        born.GetProperty("pillars").GetProperty("month").Str("hanja").ShouldBe(months[6].Str("pillar_hanja"));
    }

    [Fact]
    public async Task The_years_reading_is_the_one_a_stored_yearly_fortune_of_the_same_birth_holds_and_nothing_is_stored()
    {
        var yearly = await _client.PostJsonAsync("/v1/calculations/yearly", Body("\"target_year\":2025")).OkJsonAsync();
        (await _host.Database.CountAsync("fortune_fortunes")).ShouldBe(0);
        (await _host.Database.CountAsync("fortune_generations")).ShouldBe(0);

        var profile = (await _client.CreateProfileAsync()).Str("id");
        var stored = await _client.CreateFortuneAsync(profile, "yearly", "2025-06-01");
        yearly.Int("score").ShouldBe(stored.Int("score"));
        yearly.Str("summary").ShouldBe(stored.Str("summary"));
        JsonSerializer.Serialize(yearly.GetProperty("categories")).ShouldBe(JsonSerializer.Serialize(stored.GetProperty("categories")));

        // Deterministic: the same request gives the same year.
        var again = await _client.PostJsonAsync("/v1/calculations/yearly", Body("\"target_year\":2025")).OkJsonAsync();
        JsonSerializer.Serialize(again).ShouldBe(JsonSerializer.Serialize(yearly));
    }

    [Theory]
    [InlineData("\"target_year\":1899", "invalid_field", "target_year")]
    [InlineData("\"target_year\":2101", "invalid_field", "target_year")]
    [InlineData("\"model\":\"haiku\"", "missing_field", "target_year")]
    [InlineData("\"target_year\":2025,\"model\":\"gemini\"", "invalid_model", "model")]
    public async Task Bad_years_and_models_are_400_naming_the_field(string extra, string code, string field) =>
        await (await _client.PostJsonAsync("/v1/calculations/yearly", Body(extra)))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);

    [Fact]
    public async Task Birth_fields_are_validated_as_for_the_saju_calculation_and_the_edges_of_the_range_work()
    {
        await (await _client.PostJsonAsync("/v1/calculations/yearly",
                """{"birth_year":1990,"birth_month":13,"birth_day":1,"gender":"male","target_year":2025}"""))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "birth_month");
        await (await _client.PostJsonAsync("/v1/calculations/yearly", """{"birth_year":1990,"birth_month":5,"birth_day":15,"target_year":2025}"""))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "missing_field", "validation_error", "gender");

        foreach (var year in new[] { 1900, 2100 })
        {
            var yearly = await _client.PostJsonAsync("/v1/calculations/yearly", Body($"\"target_year\":{year}")).OkJsonAsync();
            var months = yearly.GetProperty("months").EnumerateArray().ToList();
            months.Count.ShouldBe(12);
            months[^1].Str("start_date").ShouldStartWith($"{year + 1}-01-"); // 소한 of the next year
        }
    }

    [Fact]
    public async Task With_a_model_configured_the_model_writes_the_years_reading_and_the_months_stay_the_engines()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        await using var host = await FortuneApi.StartWithAnthropicAsync(anthropic);
        var client = await host.EnterpriseClientAsync("yearly-ai");
        anthropic.Enqueue(FakeAiOutcome.Reply(FortuneAiTests.GoodReply));

        var yearly = await client.PostJsonAsync("/v1/calculations/yearly", Body("\"target_year\":2025")).OkJsonAsync();

        yearly.Str("model").ShouldBe("haiku");
        yearly.Str("engine").ShouldBe("anthropic");
        yearly.Int("score").ShouldBe(78);
        yearly.Str("months_engine").ShouldBe("builtin");
        yearly.Str("disclaimer").ShouldStartWith("월별 풀이는");
        yearly.GetProperty("months").EnumerateArray().Select(m => m.Str("pillar_hanja")).ShouldBe(Months2025.Select(m => m.Pillar));
        anthropic.Received.Single().PromptText.ShouldContain("을사");
        (await host.Database.CountAsync("fortune_generations")).ShouldBe(0);

        anthropic.Otherwise = FakeAiOutcome.ServerError();
        await (await client.PostJsonAsync("/v1/calculations/yearly", Body("\"target_year\":2026")))
            .ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable", "service_unavailable");
    }

    [Fact]
    public async Task The_yearly_calculation_is_part_of_the_Enterprise_API()
    {
        var pro = await _host.ClientForAsync("yearly-pro", "pro");
        await (await pro.PostJsonAsync("/v1/calculations/yearly", Body("\"target_year\":2025")))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "enterprise_required", "forbidden");
    }
}
