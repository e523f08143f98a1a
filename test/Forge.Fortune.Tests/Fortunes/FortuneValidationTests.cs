using System.Net;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>Bad input to <c>POST /v1/fortunes</c>: the product's 4xx naming the field, nothing stored.</summary>
public sealed class FortuneValidationTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _profileId = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("fortunes-validation" + _tenantSuffix);
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string> BadFields() => new()
    {
        { """{"fortune_type":"daily"}""", "missing_field", "profile_id" },
        { """{"profile_id":"PRF","fortune_date":"2025-01-16"}""", "missing_field", "fortune_type" },
        { """{"profile_id":"PRF","fortune_type":"weekly"}""", "invalid_field", "fortune_type" },
        { """{"profile_id":"PRF","fortune_type":"daily","fortune_date":"2025-02-30"}""", "invalid_date", "fortune_date" },
        { """{"profile_id":"PRF","fortune_type":"daily","fortune_date":"2025-1-16"}""", "invalid_date", "fortune_date" },
        { """{"profile_id":"PRF","fortune_type":"daily","fortune_date":"16/01/2025"}""", "invalid_date", "fortune_date" },
        { """{"profile_id":"PRF","fortune_type":"daily","fortune_date":"1899-12-31"}""", "invalid_date", "fortune_date" },
        { """{"profile_id":"PRF","fortune_type":"yearly","fortune_date":"2101-01-01"}""", "invalid_date", "fortune_date" },
        { """{"profile_id":"PRF","fortune_type":"daily","model":"gemini"}""", "invalid_model", "model" },
        { """{"profile_id":"PRF","fortune_type":"daily","model":""}""", "invalid_model", "model" },
        { """{"profile_id":"PRF","fortune_type":"daily","include_lucky_items":"yes"}""", "invalid_field", "include_lucky_items" },
        { """{"profile_id":"PRF","fortune_type":"daily","fortune_date":20250116}""", "invalid_field", "fortune_date" },
        { """{"profile_id":123,"fortune_type":"daily"}""", "invalid_field", "profile_id" },
        { """{"profile_id":"PRF","fortune_type":"daily","idempotency_key":"x"}""".Replace("\"x\"", "\"" + new string('k', 65) + "\""), "invalid_field", "idempotency_key" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_is_a_400_naming_it(string json, string code, string field)
    {
        var response = await _client.PostJsonAsync("/v1/fortunes", json.Replace("PRF", _profileId));
        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"profile_id": "prf_x", "fortune_type": """)]
    [InlineData("""not json""")]
    [InlineData("""[1,2]""")]
    public async Task Malformed_json_is_400_invalid_json(string json)
    {
        var response = await _client.PostJsonAsync("/v1/fortunes", json);
        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_json", "validation_error");
    }

    [Fact]
    public async Task An_unknown_profile_is_404_naming_profile_id()
    {
        var response = await _client.PostJsonAsync("/v1/fortunes", FortuneApi.Body("prf_doesnotexist"));
        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found", "profile_id");
        (await _host.Database.CountAsync("fortune_generations")).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_list_queries_are_400_naming_the_parameter()
    {
        foreach (var (query, code, field) in new[]
                 {
                     ("limit=0", "invalid_field", "limit"), ("limit=101", "invalid_field", "limit"), ("limit=abc", "invalid_field", "limit"),
                     ("fortune_type=hourly", "invalid_field", "fortune_type"), ("fortune_date=2025-02-30", "invalid_date", "fortune_date"),
                     ("date_from=yesterday", "invalid_date", "date_from"), ("date_to=2025-13-01", "invalid_date", "date_to"),
                     ("date_from=2025-02-01&date_to=2025-01-01", "invalid_field", "date_from"),
                 })
            await (await _client.GetAsync("/v1/fortunes?" + query)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }
}
