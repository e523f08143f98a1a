using Forge.Host.Tenants;
using Forge.Hosting.Webhooks;
using Forge.TestModules.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>
/// Retry policies per product and per message. The product's declared 2 s interval is scaled down by
/// configuration (Forge:Webhooks:Products:hooks:RetryIntervalSeconds) so the test stays short; the spacing of
/// attempts is read from the receiver's arrival times and only ever asserted as "at least" the interval.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class WebhookRetryPolicyTests : IAsyncLifetime
{
    private const double ScaledInterval = 0.5;
    private TestHost _host = null!;
    private Tenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(["WebhookPolicy"], new Dictionary<string, string?>
        {
            ["Forge:Webhooks:Products:hooks:RetryIntervalSeconds"] = ScaledInterval.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _tenant = await _host.CreateTenantAsync("acme");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_products_declared_policy_sets_the_attempts_and_their_spacing()
    {
        await using var receiver = await WebhookReceiver.StartAsync(otherwise: 500);
        var owner = new WebhookOwner(WebhookPolicyModule.Product, WebhookPolicyModule.Kind, "an_1");
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(receiver.Url(), "analysis.completed", "{}", "s", Owner: owner));

        var status = await _host.FinishedWebhookAsync(_tenant.Id, id);

        // Declared 4 attempts (3 retries), not the host default 5 that Fortune keeps.
        status.State.ShouldBe(WebhookDeliveryState.Failed);
        status.Attempts.ShouldBe(WebhookPolicyModule.Policy.MaxAttempts);
        status.MaxAttempts.ShouldBe(4);
        status.Owner.ShouldBe(owner);
        var received = receiver.Received;
        received.Count.ShouldBe(4);
        AssertSpacedAtLeast(received, _ => TimeSpan.FromSeconds(ScaledInterval));
        status.LastAttemptAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(received[^2].ReceivedAt);
    }

    [Fact]
    public async Task A_delivery_without_a_product_policy_keeps_the_host_default()
    {
        await using var receiver = await WebhookReceiver.StartAsync(otherwise: 500);
        var owner = new WebhookOwner("fortune", "webhook", "whk_1");
        var status = await _host.FinishedWebhookAsync(_tenant.Id,
            await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(receiver.Url(), "profile.created", "{}", "s", Owner: owner)));

        status.Attempts.ShouldBe(5); // Forge:Webhooks:MaxAttempts default; TestHost scales its 30 s to 0.2 s
        status.MaxAttempts.ShouldBe(5);
        AssertSpacedAtLeast(receiver.Received, _ => TimeSpan.FromSeconds(0.2));
    }

    [Fact]
    public async Task A_messages_own_policy_wins_and_backs_off()
    {
        await using var receiver = await WebhookReceiver.StartAsync(otherwise: 503);
        var policy = new WebhookRetryPolicy(3, TimeSpan.FromSeconds(0.3), BackoffMultiplier: 2);
        var owner = new WebhookOwner(WebhookPolicyModule.Product, WebhookPolicyModule.Kind, "an_2");
        var status = await _host.FinishedWebhookAsync(_tenant.Id, await _host.SendWebhookAsync(_tenant.Id,
            new WebhookMessage(receiver.Url(), "analysis.failed", "{}", null, Owner: owner, RetryPolicy: policy)));

        status.Attempts.ShouldBe(3);
        receiver.Received.Count.ShouldBe(3);
        AssertSpacedAtLeast(receiver.Received, gap => policy.DelayAfter(gap)); // 0.3 s, then 0.6 s
    }

    [Fact]
    public async Task The_observer_gets_the_typed_owner_and_the_last_attempt_time()
    {
        await using var receiver = await WebhookReceiver.StartAsync([500, 200]);
        var owner = new WebhookOwner(WebhookPolicyModule.Product, WebhookPolicyModule.Kind, "an_3");
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(receiver.Url(), "analysis.completed", "{}", "s", Owner: owner));
        var status = await _host.FinishedWebhookAsync(_tenant.Id, id);
        var recorded = _host.Services.GetRequiredService<RecordedWebhookOutcomes>();

        var outcome = await Eventually.GetAsync(() => Task.FromResult(recorded.Outcomes.FirstOrDefault(o => o.DeliveryId == id)),
            o => o is not null, what: "the observer to be told");

        outcome!.Owner.ShouldBe(owner);
        outcome.Succeeded.ShouldBeTrue();
        outcome.Attempts.ShouldBe(2);
        // The second attempt started after the first one had arrived.
        outcome.LastAttemptAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(receiver.Received[0].ReceivedAt);
        status.LastAttemptAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(receiver.Received[0].ReceivedAt);
    }

    [Fact]
    public async Task An_owner_that_does_not_fit_its_columns_is_refused_before_anything_is_recorded()
    {
        var tooLong = new WebhookOwner(new string('p', WebhookOwner.MaxProductLength + 1), "k", "id");
        await Should.ThrowAsync<ArgumentException>(() =>
            _host.SendWebhookAsync(_tenant.Id, new WebhookMessage("http://127.0.0.1:9/", "x", "{}", null, Owner: tooLong)));
    }

    /// <summary>Attempt n+1 arrived no earlier than the policy's wait after attempt n (n from 1).</summary>
    private static void AssertSpacedAtLeast(IReadOnlyList<ReceivedWebhook> received, Func<int, TimeSpan> waitAfter)
    {
        for (var n = 1; n < received.Count; n++)
        {
            var gap = received[n].ReceivedAt - received[n - 1].ReceivedAt;
            gap.ShouldBeGreaterThanOrEqualTo(waitAfter(n), $"gap after attempt {n}");
        }
    }
}
