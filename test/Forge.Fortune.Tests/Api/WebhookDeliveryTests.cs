using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Hosting.Webhooks;

namespace Forge.Fortune.Tests.Api;

/// <summary>Events reach the subscribed hooks of their own tenant only, signed and in the documented envelope.</summary>
[ProviderSensitive]
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await FortuneApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Profile_created_is_delivered_signed_to_the_subscribed_hook_only()
    {
        await using var subscribed = await WebhookReceiver.StartAsync();
        await using var unsubscribed = await WebhookReceiver.StartAsync();
        await using var foreign = await WebhookReceiver.StartAsync();
        var client = await _host.EnterpriseClientAsync("delivery-a");
        var hook = await client.CreateHookAsync(subscribed.Url(), "profile.created", "profile.deleted");
        await client.CreateHookAsync(unsubscribed.Url(), "fortune.generated");
        var other = await _host.EnterpriseClientAsync("delivery-b");
        await other.CreateHookAsync(foreign.Url(), "profile.created");

        var profile = await client.CreateProfileAsync();
        var profileId = profile.Str("id");

        var received = (await subscribed.WaitForAsync(1)).Single();
        received.Method.ShouldBe("POST");
        WebhookSignature.Verify(hook.Str("secret"), received.Body, received.Header("X-Webhook-Signature")!).ShouldBeTrue();
        WebhookSignature.Verify("whsec_wrong", received.Body, received.Header("X-Webhook-Signature")!).ShouldBeFalse();
        received.Header("Content-Type")!.ShouldStartWith("application/json");
        received.Header("X-Webhook-Event").ShouldBe("profile.created");

        var body = JsonDocument.Parse(received.Body).RootElement;
        body.Str("id").ShouldMatch("^evt_[0-9a-z]{16}$");
        received.Header("X-Webhook-Id").ShouldBe(body.Str("id"));
        body.Str("type").ShouldBe("profile.created");
        body.Str("created_at").ShouldEndWith("Z");
        long.Parse(received.Header("X-Webhook-Timestamp")!).ShouldBe(DateTimeOffset.Parse(body.Str("created_at")).ToUnixTimeMilliseconds());
        body.GetProperty("data").Str("profile_id").ShouldBe(profileId);
        body.GetProperty("data").Str("day_master").ShouldBe(profile.Str("day_master"));
        Encoding.UTF8.GetString(received.Body).ShouldContain(profile.Str("day_master")); // Hangul as is, not \u-escaped

        await _host.AwaitDispatchedAsync(profileId, "profile.created");
        var after = await client.HookAsync(hook.Str("id"));
        after.Str("last_triggered_at").ShouldEndWith("Z");
        after.GetProperty("failure_count").GetInt32().ShouldBe(0);

        // Deleting the profile is the next event the same hook gets; the others still got nothing.
        await client.DeleteAsync($"/v1/profiles/{profileId}");
        var deleted = (await subscribed.WaitForAsync(2))[1];
        deleted.Header("X-Webhook-Event").ShouldBe("profile.deleted");
        await _host.AwaitDispatchedAsync(profileId, "profile.deleted");
        unsubscribed.Received.ShouldBeEmpty();
        foreign.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_by_the_kernel_and_the_success_keeps_the_count_at_zero()
    {
        await using var receiver = await WebhookReceiver.StartAsync([500, 503]);
        var client = await _host.EnterpriseClientAsync("delivery-retry");
        var hook = await client.CreateHookAsync(receiver.Url(), "profile.created");

        await client.CreateProfileAsync();

        var attempts = await receiver.WaitForAsync(3);
        attempts.Select(a => a.Header("X-Webhook-Id")).Distinct().Count().ShouldBe(1); // one event, retried
        await Eventually.GetAsync(() => client.HookAsync(hook.Str("id")), h => h.GetProperty("last_triggered_at").ValueKind == JsonValueKind.String, what: "last_triggered_at");
        (await client.HookAsync(hook.Str("id"))).GetProperty("failure_count").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Updates_deletes_and_unmasked_reads_are_events_too()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = await _host.EnterpriseClientAsync("delivery-all", FortunePermissions.Unmasked);
        await client.CreateHookAsync(receiver.Url(), "profile.updated", "unmasked.accessed", "profile.deleted");
        var id = (await client.CreateProfileAsync()).Str("id");

        (await client.SendJsonAsync(HttpMethod.Put, $"/v1/profiles/{id}", """{"name":"김철수"}""")).EnsureSuccessStatusCode();
        (await client.GetAsync($"/v1/profiles/{id}/unmasked")).EnsureSuccessStatusCode();
        (await client.DeleteAsync($"/v1/profiles/{id}")).EnsureSuccessStatusCode();

        var bodies = (await receiver.WaitForAsync(3)).Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        bodies.Select(b => b.Str("type")).Order().ShouldBe(["profile.deleted", "profile.updated", "unmasked.accessed"]);
        bodies.ShouldAllBe(b => b.GetProperty("data").GetProperty("profile_id").GetString() == id);
        var unmasked = bodies.Single(b => b.Str("type") == "unmasked.accessed").GetProperty("data");
        unmasked.Str("resource_type").ShouldBe("profile");
        unmasked.Str("actor_api_key").ShouldStartWith("bs_live_");
        Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(bodies)).ShouldNotContain("김철수"); // no PII in events
    }

    [Fact]
    public async Task An_event_a_crash_left_undispatched_is_delivered_by_the_outbox_dispatcher_on_start()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        Guid tenantId;
        await using (var crashed = await TestHost.StartAsync(["Fortune"], database: database))
        {
            var tenant = await crashed.CreateTenantAsync("delivery-crash");
            tenantId = tenant.Id;
            var client = crashed.ClientWithKey(await crashed.CreateKeyAsync(tenant, Products.Fortune));
            await client.CreateHookAsync(receiver.Url(), "profile.created");
        }
        // What a crash between the commit and any dispatch leaves: the event and its staged job, and no host.
        await WebhookApi.InsertUndispatchedEventAsync(database, tenantId, "evt_crashcrashcrash1", "prf_crashcrash01", DateTime.UtcNow);
        receiver.Received.ShouldBeEmpty();

        await using var restarted = await TestHost.StartAsync(["Fortune"], database: database);
        var received = (await receiver.WaitForAsync(1)).Single();
        received.Header("X-Webhook-Id").ShouldBe("evt_crashcrashcrash1");
        JsonDocument.Parse(received.Body).RootElement.GetProperty("data").Str("profile_id").ShouldBe("prf_crashcrash01");
        await restarted.AwaitDispatchedAsync("prf_crashcrash01", "profile.created");
    }
}
