using System.Net;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;

namespace Forge.Fortune.Tests.Batches;

/// <summary>Bad batch requests get the product's error envelope naming the field; nothing is stored.</summary>
public sealed class BatchValidationTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("batch-validation" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task More_than_100_profile_ids_is_413_payload_too_large()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"prf_{i:D12}");

        var response = await _client.PostBatchAsync(BatchApi.Body(ids));

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large", "payload_too_large", "profile_ids");
        (await _host.Database.CountAsync("fortune_batches")).ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"fortune_type":"daily"}""", "missing_field", "profile_ids")]
    [InlineData("""{"profile_ids":null,"fortune_type":"daily"}""", "missing_field", "profile_ids")]
    [InlineData("""{"profile_ids":[],"fortune_type":"daily"}""", "invalid_field", "profile_ids")]
    [InlineData("""{"profile_ids":["prf_a",""],"fortune_type":"daily"}""", "invalid_field", "profile_ids[1]")]
    [InlineData("""{"profile_ids":["prf_a",null],"fortune_type":"daily"}""", "invalid_field", "profile_ids[1]")]
    [InlineData("""{"profile_ids":"prf_a","fortune_type":"daily"}""", "invalid_field", "profile_ids")]
    [InlineData("""{"profile_ids":["prf_a"]}""", "missing_field", "fortune_type")]
    [InlineData("""{"profile_ids":["prf_a"],"fortune_type":"weekly"}""", "invalid_field", "fortune_type")]
    [InlineData("""{"profile_ids":["prf_a"],"fortune_type":"daily","fortune_date":"2025-02-30"}""", "invalid_date", "fortune_date")]
    [InlineData("""{"profile_ids":["prf_a"],"fortune_type":"daily","model":"gemini"}""", "invalid_model", "model")]
    [InlineData("""{"profile_ids":["prf_a"],"fortune_type":"daily","webhook_url":"not a url"}""", "invalid_field", "webhook_url")]
    [InlineData("""{"profile_ids":["prf_a"],"fortune_type":"daily","webhook_url":"ftp://example.com/hook"}""", "invalid_field", "webhook_url")]
    [InlineData("""{"profile_ids":["prf_a"],"fortune_type":"daily","webhook_url":""}""", "invalid_field", "webhook_url")]
    public async Task Bad_fields_are_400_naming_the_field(string json, string code, string field)
    {
        var response = await _client.PostBatchAsync(json);

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
        (await _host.Database.CountAsync("fortune_batches")).ShouldBe(0);
    }

    [Fact]
    public async Task A_profile_id_longer_than_64_characters_is_refused()
    {
        var response = await _client.PostBatchAsync(BatchApi.Body(["prf_ok", new string('x', 65)]));

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "profile_ids[1]");
    }

    [Fact]
    public async Task Malformed_json_is_invalid_json()
    {
        var response = await _client.PostJsonAsync("/v1/fortunes/batch", """{"profile_ids":["prf_a",""");

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_json", "validation_error");
    }
}
