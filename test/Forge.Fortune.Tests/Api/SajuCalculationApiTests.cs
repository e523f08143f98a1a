using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Tenants;

namespace Forge.Fortune.Tests.Api;

/// <summary><c>POST /v1/calculations/saju</c> and <c>POST /api/saju</c> through the real host.</summary>
public sealed class SajuCalculationApiTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.ClientForAsync("calc" + _tenantSuffix, Editions.Enterprise);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_chart_has_four_pillars_in_hangul_and_hanja_with_the_derived_values()
    {
        // Worked by hand in the engine's tests: 1990-05-15 14:30 KST → 경오 신사 경진 계미.
        var chart = await CalculateAsync("""{"birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":14,"birth_minute":30,"gender":"male"}""");

        var pillars = chart.GetProperty("pillars");
        Pillar(pillars, "year").ShouldBe(("경오", "庚午"));
        Pillar(pillars, "month").ShouldBe(("신사", "辛巳"));
        Pillar(pillars, "day").ShouldBe(("경진", "庚辰"));
        Pillar(pillars, "hour").ShouldBe(("계미", "癸未"));
        chart.GetProperty("day_master").GetString().ShouldBe("경금");
        chart.GetProperty("day_master_element").GetString().ShouldBe("metal");
        chart.GetProperty("elements").EnumerateObject().Sum(e => e.Value.GetInt32()).ShouldBe(8);
        chart.GetProperty("weakest_element").GetString().ShouldNotBeNullOrEmpty();
        chart.GetProperty("ten_gods").GetProperty("day").GetProperty("stem").ValueKind.ShouldBe(JsonValueKind.Null);
        chart.GetProperty("daeun").GetProperty("pillars").GetArrayLength().ShouldBe(10);
        var conventions = chart.GetProperty("conventions");
        conventions.GetProperty("time_correction").GetString().ShouldBe("none");
        conventions.GetProperty("jasi_convention").GetString().ShouldBe("split");
        conventions.GetProperty("calendar_type").GetString().ShouldBe("solar");
    }

    [Fact]
    public async Task Without_a_birth_hour_there_are_three_pillars()
    {
        var chart = await CalculateAsync("""{"birth_year":1990,"birth_month":5,"birth_day":15,"gender":"female"}""");
        chart.GetProperty("pillars").GetProperty("hour").ValueKind.ShouldBe(JsonValueKind.Null);
        chart.GetProperty("elements").EnumerateObject().Sum(e => e.Value.GetInt32()).ShouldBe(6);
    }

    [Fact]
    public async Task Conventions_are_applied_and_echoed()
    {
        var split = await CalculateAsync("""{"birth_year":2000,"birth_month":3,"birth_day":10,"birth_hour":23,"birth_minute":30,"gender":"male"}""");
        var dayStart = await CalculateAsync("""{"birth_year":2000,"birth_month":3,"birth_day":10,"birth_hour":23,"birth_minute":30,"gender":"male","jasi_convention":"day_start_23"}""");
        Pillar(dayStart.GetProperty("pillars"), "day").ShouldNotBe(Pillar(split.GetProperty("pillars"), "day"));
        dayStart.GetProperty("conventions").GetProperty("jasi_convention").GetString().ShouldBe("day_start_23");

        var lunar = await CalculateAsync("""{"birth_year":1990,"birth_month":4,"birth_day":21,"gender":"male","calendar_type":"lunar"}""");
        lunar.GetProperty("conventions").GetProperty("solar_birth_date").GetString().ShouldBe("1990-05-15");
    }

    [Theory]
    [InlineData("""{"birth_month":5,"birth_day":15,"gender":"male"}""", "missing_field", "birth_year")]
    [InlineData("""{"birth_year":1990,"birth_month":13,"birth_day":15,"gender":"male"}""", "invalid_field", "birth_month")]
    [InlineData("""{"birth_year":1990,"birth_month":2,"birth_day":30,"gender":"male"}""", "invalid_field", "birth_day")]
    [InlineData("""{"birth_year":1850,"birth_month":2,"birth_day":3,"gender":"male"}""", "invalid_field", "birth_year")]
    [InlineData("""{"birth_year":"nineteen","birth_month":2,"birth_day":3,"gender":"male"}""", "invalid_field", "birth_year")]
    [InlineData("""{"birth_year":1990,"birth_month":2,"birth_day":3,"gender":"robot"}""", "invalid_field", "gender")]
    [InlineData("""{"birth_year":1990,"birth_month":2,"birth_day":3,"gender":"male","birth_hour":24}""", "invalid_field", "birth_hour")]
    [InlineData("""{"birth_year":1990,"birth_month":2,"birth_day":3,"gender":"male","time_correction":"sundial"}""", "invalid_field", "time_correction")]
    [InlineData("""{"birth_year":2060,"birth_month":1,"birth_day":1,"gender":"male","calendar_type":"lunar"}""", "invalid_field", "birth_year")]
    [InlineData("""{"birth_year":1990,"birth_month":2,"birth_day":3,"gender":"male","calender_type":"lunar"}""", "invalid_field", "calender_type")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string code, string field)
    {
        var response = await _client.PostJsonAsync("/v1/calculations/saju", body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await response.ErrorAsync();
        error.GetProperty("code").GetString().ShouldBe(code);
        error.GetProperty("type").GetString().ShouldBe("validation_error");
        error.GetProperty("field").GetString().ShouldBe(field);
    }

    [Theory]
    [InlineData("{\"birth_year\": 1990,")]
    [InlineData("not json")]
    [InlineData("[]")]
    public async Task Malformed_json_is_invalid_json(string body)
    {
        var response = await _client.PostJsonAsync("/v1/calculations/saju", body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorAsync()).GetProperty("code").GetString().ShouldBeOneOf("invalid_json", "invalid_field");
    }

    [Fact]
    public async Task The_v0_api_answers_in_its_own_camel_case_envelope()
    {
        var response = await _client.PostJsonAsync("/api/saju", """{"year":1990,"month":5,"day":15,"hour":14,"gender":"male"}""");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        body.GetProperty("meta").GetProperty("requestId").GetString()!.ShouldStartWith("req_");
        var year = body.GetProperty("data").GetProperty("pillars").GetProperty("year");
        year.GetProperty("fullKr").GetString().ShouldBe("경오");
        year.GetProperty("fullCn").GetString().ShouldBe("庚午");
        year.GetProperty("stem").GetProperty("index").GetInt32().ShouldBe(6);
        year.GetProperty("branch").GetProperty("animal").GetString().ShouldBe("말");

        var bad = await _client.PostJsonAsync("/api/saju", """{"year":1990,"month":5,"gender":"male"}""");
        (await bad.ErrorAsync()).GetProperty("field").GetString().ShouldBe("day");
        var unknown = await _client.PostJsonAsync("/api/saju", """{"year":1990,"month":5,"day":15,"hours":14,"gender":"male"}""");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ErrorAsync()).GetProperty("field").GetString().ShouldBe("hours");
    }

    private async Task<JsonElement> CalculateAsync(string body)
    {
        var response = await _client.PostJsonAsync("/v1/calculations/saju", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("X-Request-Id").Single().ShouldStartWith("req_");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static (string, string) Pillar(JsonElement pillars, string name) =>
        (pillars.GetProperty(name).GetProperty("hangul").GetString()!, pillars.GetProperty(name).GetProperty("hanja").GetString()!);
}
