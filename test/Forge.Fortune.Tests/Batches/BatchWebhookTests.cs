using System.Text;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.Hosting.Webhooks;

namespace Forge.Fortune.Tests.Batches;

/// <summary>
/// Completion reaches the batch's own <c>webhook_url</c> (the seed's payload, signed with the per-batch secret
/// shown once on create) and every registered hook subscribed to <c>batch.completed</c> (the event envelope).
/// </summary>
[ProviderSensitive]
public sealed class BatchWebhookTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await FortuneApi.StartBuiltinAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_webhook_url_gets_the_seed_payload_once_signed_with_the_batch_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = await _host.EnterpriseClientAsync("batch-webhook");
        var ids = await client.CreateProfilesAsync(3);
        var url = receiver.Url("/webhooks/batch-complete");

        var created = await client.CreateBatchAsync(BatchApi.Body(ids, extra: $"\"webhook_url\":\"{url}\""));
        created.Str("webhook_url").ShouldBe(url);
        var secret = created.Str("webhook_secret");
        secret.ShouldMatch("^whsec_[0-9A-Za-z]{32}$");

        var done = await client.WaitFinishedAsync(created.Str("id"));
        done.Str("webhook_url").ShouldBe(url);
        done.TryGetProperty("webhook_secret", out _).ShouldBeFalse(); // shown once

        var received = (await receiver.WaitForAsync(1)).Single();
        received.Method.ShouldBe("POST");
        received.Path.ShouldBe("/webhooks/batch-complete");
        WebhookSignature.Verify(secret, received.Body, received.Header("X-Webhook-Signature")!).ShouldBeTrue();
        WebhookSignature.Verify("whsec_wrong", received.Body, received.Header("X-Webhook-Signature")!).ShouldBeFalse();
        received.Header("X-Webhook-Event").ShouldBe("batch.completed");
        received.Header("X-Webhook-Id")!.ShouldMatch("^evt_[0-9a-z]{16}$");

        var payload = JsonDocument.Parse(received.Body).RootElement;
        payload.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["event", "batch_id", "status", "total_count", "completed_count", "failed_count", "completed_at"]);
        payload.Str("event").ShouldBe("batch.completed");
        payload.Str("batch_id").ShouldBe(created.Str("id"));
        payload.Str("status").ShouldBe("completed");
        payload.GetProperty("total_count").GetInt32().ShouldBe(3);
        payload.GetProperty("completed_count").GetInt32().ShouldBe(3);
        payload.GetProperty("failed_count").GetInt32().ShouldBe(0);
        payload.Str("completed_at").ShouldBe(done.Str("completed_at"));
        long.Parse(received.Header("X-Webhook-Timestamp")!).ShouldBe(DateTimeOffset.Parse(payload.Str("completed_at")).ToUnixTimeMilliseconds());

        // Exactly once: the delivery is recorded once, and nothing else arrives.
        await Eventually.GetAsync(() => _host.CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries WHERE \"State\" = 'Succeeded'"),
            n => n == 1, what: "the delivery to be recorded as succeeded");
        (await _host.CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(1);
        receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_registered_hook_subscribed_to_batch_completed_gets_the_event()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = await _host.EnterpriseClientAsync("batch-subscriber");
        var hook = await client.CreateHookAsync(receiver.Url(), "batch.completed");
        var ids = await client.CreateProfilesAsync(1);

        var batch = await client.CreateBatchAsync(BatchApi.Body(ids));
        await client.WaitFinishedAsync(batch.Str("id"));

        var received = (await receiver.WaitForAsync(1)).Single();
        WebhookSignature.Verify(hook.Str("secret"), received.Body, received.Header("X-Webhook-Signature")!).ShouldBeTrue();
        var envelope = JsonDocument.Parse(received.Body).RootElement;
        envelope.Str("type").ShouldBe("batch.completed");
        envelope.GetProperty("data").Str("batch_id").ShouldBe(batch.Str("id"));
        envelope.GetProperty("data").GetProperty("completed_count").GetInt32().ShouldBe(1);
        Encoding.UTF8.GetString(received.Body).ShouldNotContain("홍길동"); // no PII in events
    }

    [Fact]
    public async Task A_private_webhook_url_is_refused_when_private_targets_are_not_allowed()
    {
        await using var strict = await TestHost.StartAsync(["Fortune"], new Dictionary<string, string?> { ["Forge:Webhooks:AllowPrivateTargets"] = "false" });
        var client = await strict.EnterpriseClientAsync("batch-strict");

        var response = await client.PostBatchAsync(BatchApi.Body(["prf_abc123def456"], extra: "\"webhook_url\":\"https://127.0.0.1/hook\""));

        await response.ShouldBeErrorAsync(System.Net.HttpStatusCode.BadRequest, "invalid_field", "validation_error", "webhook_url");
    }
}
