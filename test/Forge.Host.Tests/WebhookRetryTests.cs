using Forge.Host.Tenants;
using Forge.Hosting.Webhooks;

namespace Forge.Host.Tests;

/// <summary>One attempt per job, retried after RetryIntervalSeconds (0.2 s in tests) up to MaxAttempts.</summary>
[ProviderSensitive]
public sealed class WebhookRetryTests : IAsyncLifetime
{
    private const string Secret = "retry-secret";
    private TestHost _host = null!;
    private Tenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Forge:Webhooks:MaxAttempts"] = "3" });
        _tenant = await _host.CreateTenantAsync("acme");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_receiver_that_fails_twice_then_succeeds_gets_exactly_three_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync([500, 500, 200]);
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(receiver.Url(), "order.paid", """{"n":1}""", Secret));

        var status = await _host.FinishedWebhookAsync(_tenant.Id, id);

        status.State.ShouldBe(WebhookDeliveryState.Succeeded);
        status.Attempts.ShouldBe(3);
        status.LastStatusCode.ShouldBe(200);
        status.LastError.ShouldBeNull();
        receiver.Received.Count.ShouldBe(3);
        // Every attempt carries the same body and a valid signature.
        foreach (var request in receiver.Received)
            WebhookSignature.Verify(Secret, request.Body, request.Header("X-Webhook-Signature")!).ShouldBeTrue();
    }

    [Fact]
    public async Task A_receiver_that_always_fails_ends_failed_after_max_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(otherwise: 500);
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(receiver.Url(), "order.paid", """{"n":2}""", Secret));

        var status = await _host.FinishedWebhookAsync(_tenant.Id, id);

        status.State.ShouldBe(WebhookDeliveryState.Failed);
        status.Attempts.ShouldBe(3);
        status.LastStatusCode.ShouldBe(500);
        status.LastError.ShouldNotBeNull().ShouldContain("500");
        status.DeliveredAt.ShouldBeNull();
        receiver.Received.Count.ShouldBe(3);
    }

    [Fact]
    public async Task An_unreachable_receiver_is_retried_and_ends_failed_with_the_connection_error()
    {
        // A port that was just free: nothing listens, so every attempt is refused by the OS.
        var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Url();
        await receiver.DisposeAsync();

        var status = await _host.FinishedWebhookAsync(_tenant.Id, await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(url, "order.paid", "{}", null)));

        status.State.ShouldBe(WebhookDeliveryState.Failed);
        status.Attempts.ShouldBe(3);
        status.LastStatusCode.ShouldBeNull();
        status.LastError.ShouldNotBeNullOrWhiteSpace();
    }
}
