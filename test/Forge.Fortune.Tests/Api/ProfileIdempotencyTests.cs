using System.Net;
using System.Text;
using System.Text.Json;

namespace Forge.Fortune.Tests.Api;

/// <summary>
/// <c>Idempotency-Key</c> on <c>POST /v1/profiles</c> (ADR 60 addendum): a client that lost its connection before any
/// answer resends with the same key and gets the first profile back, never a second one.
/// </summary>
[ProviderSensitive]
public sealed class ProfileIdempotencyTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await fixture.Host.EnterpriseClientAsync("profiles-idempotency" + _tenantSuffix);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpResponseMessage> PostAsync(string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return _client.SendAsync(request);
    }

    private async Task<int> ProfilesAsync() =>
        (await _client.GetAsync("/v1/profiles?limit=100").OkJsonAsync()).GetProperty("data").GetArrayLength();

    [Fact]
    public async Task The_same_key_and_body_replay_the_first_profile_and_create_no_second()
    {
        var first = await PostAsync(ProfileApi.Kim, "profile-resend-1");
        var replay = await PostAsync(ProfileApi.Kim, "profile-resend-1");

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        replay.Headers.Location.ShouldBe(first.Headers.Location);
        var id = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.Str("id");
        JsonDocument.Parse(await replay.Content.ReadAsStringAsync()).RootElement.Str("id").ShouldBe(id);
        (await ProfilesAsync()).ShouldBe(1);

        // Without a key every request is a new profile, as before.
        (await PostAsync(ProfileApi.Kim, null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ProfilesAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_409_and_a_bad_key_is_400_naming_it()
    {
        (await PostAsync(ProfileApi.Kim, "profile-conflict")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = await PostAsync(ProfileApi.Kim.Replace("1990", "1991", StringComparison.Ordinal), "profile-conflict");
        await other.ShouldBeErrorAsync(HttpStatusCode.Conflict, "idempotency_conflict", "conflict", "idempotency_key");
        var tooLong = await PostAsync(ProfileApi.Kim, new string('k', 65));
        await tooLong.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "idempotency_key");
        (await ProfilesAsync()).ShouldBe(1);
    }
}
