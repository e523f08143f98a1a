using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;

namespace Forge.Fortune.Tests.Batches;

/// <summary>ADR 7 #6 on <c>POST /v1/fortunes/batch</c>: the same key replays the first batch instead of starting another.</summary>
[ProviderSensitive]
public sealed class BatchIdempotencyTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private List<string> _ids = null!;

    public async Task InitializeAsync()
    {
        _host = await FortuneApi.StartBuiltinAsync();
        _client = await _host.EnterpriseClientAsync("batch-idempotency");
        _ids = await _client.CreateProfilesAsync(2);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_same_key_replays_the_first_response_and_starts_no_second_batch()
    {
        var body = BatchApi.Body(_ids);
        var first = await _client.PostBatchAsync(body, "nightly-2025-01-16-0");
        var replay = await _client.PostBatchAsync(body, "nightly-2025-01-16-0");

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        replay.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        replay.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        replay.Headers.Location.ShouldBe(first.Headers.Location);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await _host.Database.CountAsync("fortune_batches")).ShouldBe(1);
    }

    [Fact]
    public async Task A_replay_returns_the_webhook_secret_shown_once_which_is_not_stored_in_plaintext()
    {
        var body = BatchApi.Body(_ids, extra: "\"webhook_url\":\"http://127.0.0.1:9/hooks\"");
        var first = await _client.PostBatchAsync(body, "with-secret");
        var replay = await _client.PostBatchAsync(body, "with-secret");

        var secret = (await first.Content.ReadFromJsonAsync<JsonElement>()).Str("webhook_secret");
        (await replay.Content.ReadFromJsonAsync<JsonElement>()).Str("webhook_secret").ShouldBe(secret);
        var stored = (string)(await _host.Database.ScalarAsync(
            "SELECT \"ResponseBody\" FROM fortune_idempotency_keys WHERE \"Key\" = @k", ("@k", "with-secret")))!;
        stored.ShouldNotContain(secret);
        stored.ShouldNotContain("batch_");
    }

    [Fact]
    public async Task The_key_may_come_in_the_body_and_another_body_under_it_is_409()
    {
        var first = await _client.PostBatchAsync(BatchApi.Body(_ids, extra: "\"idempotency_key\":\"k-batch\""));
        var replay = await _client.PostBatchAsync(BatchApi.Body(_ids), "k-batch");
        var other = await _client.PostBatchAsync(BatchApi.Body(_ids, "yearly"), "k-batch");

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        replay.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        await other.ShouldBeErrorAsync(HttpStatusCode.Conflict, "idempotency_conflict", "conflict", "idempotency_key");
        (await _host.Database.CountAsync("fortune_batches")).ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_request_does_not_use_up_its_key()
    {
        var refused = await _client.PostBatchAsync("""{"profile_ids":[],"fortune_type":"daily"}""", "k-retry");
        var accepted = await _client.PostBatchAsync(BatchApi.Body(_ids), "k-retry");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        accepted.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
    }
}
