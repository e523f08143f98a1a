using System.Net;
using System.Text;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>ADR 7 #6 on <c>POST /v1/fortunes</c>: replay, conflict, header/body mismatch, concurrency, tenant scope.</summary>
[ProviderSensitive]
public sealed class FortuneIdempotencyTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _profileId = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("fortunes-idempotency" + _tenantSuffix);
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpResponseMessage> PostAsync(string json, string? key, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/fortunes") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return (client ?? _client).SendAsync(request);
    }

    [Fact]
    public async Task The_same_key_and_body_replays_the_first_response_exactly()
    {
        var body = FortuneApi.Body(_profileId);
        var first = await PostAsync(body, "daily-2025-01-16-a");
        var replay = await PostAsync(body, "daily-2025-01-16-a");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        replay.StatusCode.ShouldBe(HttpStatusCode.Created); // the first response, not a cached 200
        replay.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        replay.Headers.Location.ShouldBe(first.Headers.Location);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        // Replayed, not processed again: no cached generation was logged.
        (await _host.GenerationRowsAsync(_profileId, cached: true)).ShouldBe(0);
    }

    [Fact]
    public async Task The_key_may_come_in_the_body_and_formatting_does_not_change_the_request()
    {
        var first = await PostAsync(FortuneApi.Body(_profileId, extra: "\"idempotency_key\":\"k-body\""), null);
        var reordered = $$"""{ "fortune_date": "2025-01-16",  "fortune_type": "daily", "profile_id": "{{_profileId}}" }""";
        var replay = await PostAsync(reordered, "k-body");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_409_idempotency_conflict()
    {
        (await PostAsync(FortuneApi.Body(_profileId), "k-conflict")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = await PostAsync(FortuneApi.Body(_profileId, date: "2025-01-17"), "k-conflict");
        await other.ShouldBeErrorAsync(HttpStatusCode.Conflict, "idempotency_conflict", "conflict", "idempotency_key");
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
    }

    [Fact]
    public async Task Header_and_body_keys_that_differ_are_400_invalid_field()
    {
        var response = await PostAsync(FortuneApi.Body(_profileId, extra: "\"idempotency_key\":\"one\""), "two");
        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "idempotency_key");
        var tooLong = await PostAsync(FortuneApi.Body(_profileId), new string('k', 65));
        await tooLong.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "idempotency_key");
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_run_once_and_all_answer_the_first_response()
    {
        var body = FortuneApi.Body(_profileId, date: "2025-05-05");
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(body, "k-concurrent")));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        responses.Count(r => r.Headers.Contains("Idempotent-Replayed")).ShouldBe(5);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Count().ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: false)).ShouldBe(1);
        (await _host.GenerationRowsAsync(_profileId, cached: true)).ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_request_frees_its_key_and_keys_are_per_tenant()
    {
        var missing = await PostAsync(FortuneApi.Body("prf_doesnotexist"), "k-retry");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Nothing was stored under the key, so it can carry a corrected request.
        (await PostAsync(FortuneApi.Body(_profileId), "k-retry")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var other = await _host.EnterpriseClientAsync("fortunes-idempotency-other" + _tenantSuffix);
        var otherProfile = (await other.CreateProfileAsync()).Str("id");
        var theirs = await PostAsync(FortuneApi.Body(otherProfile), "k-retry", other);
        theirs.StatusCode.ShouldBe(HttpStatusCode.Created);
        theirs.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
    }
}
