using System.Net;
using System.Text.Json;
using Forge.Hosting.Webhooks;

namespace Forge.Fortune.Tests.Api;

/// <summary>
/// Failure counting from the kernel sender's outcomes, deactivation after 10 failed deliveries in a row,
/// and <c>/test</c> with <c>reactivate</c>. One attempt per delivery here, so each event is one delivery outcome.
/// </summary>
[ProviderSensitive]
public sealed class WebhookFailureTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await FortuneApiHost.StartAsync(new Dictionary<string, string?> { ["Forge:Webhooks:MaxAttempts"] = "1" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Ten_failed_deliveries_in_a_row_deactivate_the_hook_and_a_reactivating_test_revives_it()
    {
        // Ten failures, then the receiver recovers.
        await using var receiver = await WebhookReceiver.StartAsync(Enumerable.Repeat(500, 10));
        var client = await _host.EnterpriseClientAsync("failures");
        var id = (await client.CreateHookAsync(receiver.Url(), "profile.created")).Str("id");

        for (var i = 0; i < 9; i++) await client.CreateProfileAsync();
        var nine = await Eventually.GetAsync(() => client.HookAsync(id), h => h.GetProperty("failure_count").GetInt32() == 9, what: "nine failures");
        nine.GetProperty("active").GetBoolean().ShouldBeTrue();

        await client.CreateProfileAsync();
        var off = await Eventually.GetAsync(() => client.HookAsync(id), h => h.GetProperty("failure_count").GetInt32() == 10, what: "ten failures");
        off.GetProperty("active").GetBoolean().ShouldBeFalse();
        (await client.GetAsync("/v1/webhooks?active=false").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(1);

        // A deactivated hook gets no more events.
        var quiet = (await client.CreateProfileAsync()).Str("id");
        await _host.AwaitDispatchedAsync(quiet, "profile.created");
        receiver.Received.Count.ShouldBe(10);

        // A test without reactivate delivers but leaves it off.
        var plain = await client.PostJsonAsync($"/v1/webhooks/{id}/test", "{}").OkJsonAsync();
        plain.GetProperty("delivered").GetBoolean().ShouldBeTrue();
        plain.GetProperty("reactivated").GetBoolean().ShouldBeFalse();
        plain.GetProperty("webhook").GetProperty("active").GetBoolean().ShouldBeFalse();

        var revived = await client.PostJsonAsync($"/v1/webhooks/{id}/test", """{"reactivate":true}""").OkJsonAsync();
        revived.GetProperty("delivered").GetBoolean().ShouldBeTrue();
        revived.GetProperty("status_code").GetInt32().ShouldBe(200);
        revived.GetProperty("reactivated").GetBoolean().ShouldBeTrue();
        revived.GetProperty("webhook").GetProperty("active").GetBoolean().ShouldBeTrue();
        revived.GetProperty("webhook").GetProperty("failure_count").GetInt32().ShouldBe(0);

        // Live again: the next event arrives.
        await client.CreateProfileAsync();
        var delivered = await receiver.WaitForAsync(13);
        delivered[^1].Header("X-Webhook-Event").ShouldBe("profile.created");
    }

    [Fact]
    public async Task A_success_resets_the_count()
    {
        await using var receiver = await WebhookReceiver.StartAsync([500, 500]);
        var client = await _host.EnterpriseClientAsync("failures-reset");
        var id = (await client.CreateHookAsync(receiver.Url(), "profile.created")).Str("id");

        await client.CreateProfileAsync();
        await client.CreateProfileAsync();
        await Eventually.GetAsync(() => client.HookAsync(id), h => h.GetProperty("failure_count").GetInt32() == 2, what: "two failures");
        await client.CreateProfileAsync();
        await Eventually.GetAsync(() => client.HookAsync(id), h => h.GetProperty("failure_count").GetInt32() == 0, what: "reset by a success");
    }

    [Fact]
    public async Task Test_sends_a_signed_test_event_and_reports_the_receivers_answer()
    {
        await using var receiver = await WebhookReceiver.StartAsync([503]);
        var client = await _host.EnterpriseClientAsync("failures-test");
        var hook = await client.CreateHookAsync(receiver.Url(), "profile.created");
        var id = hook.Str("id");

        var failed = await client.PostJsonAsync($"/v1/webhooks/{id}/test", """{"reactivate":true}""").OkJsonAsync();
        failed.GetProperty("delivered").GetBoolean().ShouldBeFalse();
        failed.GetProperty("status_code").GetInt32().ShouldBe(503);
        failed.Str("error").ShouldContain("503");
        failed.GetProperty("reactivated").GetBoolean().ShouldBeFalse();
        failed.GetProperty("webhook").GetProperty("failure_count").GetInt32().ShouldBe(0); // tests are not counted

        // No body at all means test.ping.
        var ok = await client.PostAsync($"/v1/webhooks/{id}/test", null).OkJsonAsync();
        ok.Str("event_type").ShouldBe("test.ping");
        ok.GetProperty("delivered").GetBoolean().ShouldBeTrue();
        var ping = receiver.Received[^1];
        ping.Header("X-Webhook-Event").ShouldBe("test.ping");
        ping.Header("X-Webhook-Id").ShouldBe(ok.Str("event_id"));
        WebhookSignature.Verify(hook.Str("secret"), ping.Body, ping.Header("X-Webhook-Signature")!).ShouldBeTrue();
        var body = JsonDocument.Parse(ping.Body).RootElement;
        body.Str("type").ShouldBe("test.ping");
        body.GetProperty("data").GetProperty("test").GetBoolean().ShouldBeTrue();
        ok.GetProperty("webhook").Str("last_triggered_at").ShouldEndWith("Z");

        // A subscribed type may be tested; others may not.
        var typed = await client.PostJsonAsync($"/v1/webhooks/{id}/test", """{"event_type":"profile.created"}""").OkJsonAsync();
        typed.Str("event_type").ShouldBe("profile.created");
        JsonDocument.Parse(receiver.Received[^1].Body).RootElement.GetProperty("data").GetProperty("test").GetBoolean().ShouldBeTrue();
        await (await client.PostJsonAsync($"/v1/webhooks/{id}/test", """{"event_type":"fortune.generated"}"""))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "event_type");
        await (await client.PostJsonAsync($"/v1/webhooks/{id}/test", """{"event_type":"nope"}"""))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "event_type");
        await (await client.PostJsonAsync($"/v1/webhooks/{id}/test", """{"reactivate":"yes"}"""))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "reactivate");
        await (await client.PostJsonAsync("/v1/webhooks/whk_000000000000/test", "{}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");

        // Test events are not in the outbox.
        Convert.ToInt64(await _host.Database.ScalarAsync("SELECT COUNT(*) FROM fortune_events WHERE \"Type\" = 'test.ping'")).ShouldBe(0);
    }
}
