using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Hosting.Webhooks;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>A generated fortune is announced as <c>fortune.generated</c> to subscribed webhooks and on the event feed.</summary>
[ProviderSensitive]
public sealed class FortuneEventTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await FortuneApiHost.StartAsync(new Dictionary<string, string?>
    {
        ["Forge:Fortune:Events:PollSeconds"] = "0.2",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Fortune_generated_reaches_the_subscribed_hook_and_the_feed_and_a_cache_hit_is_fortune_cached()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = await _host.EnterpriseClientAsync("fortune-events");
        var hook = await client.CreateHookAsync(receiver.Url(), "fortune.generated");
        var profile = (await client.CreateProfileAsync()).Str("id");
        await using var feed = await SseClient.OpenAsync(client, "/v1/events?events=fortune.generated,fortune.cached");

        var fortune = await client.CreateFortuneAsync(profile);
        await client.CreateFortuneAsync(profile); // the same conditions: served from storage

        var generated = await feed.NextAsync();
        generated.Event.ShouldBe("fortune.generated");
        var data = generated.Data.GetProperty("data");
        data.Str("fortune_id").ShouldBe(fortune.Str("id"));
        data.Str("profile_id").ShouldBe(profile);
        data.GetProperty("score").GetInt32().ShouldBe(fortune.Int("score"));
        data.Str("model").ShouldBe("builtin");
        var cached = await feed.NextAsync();
        cached.Event.ShouldBe("fortune.cached");
        cached.Data.GetProperty("data").Str("fortune_id").ShouldBe(fortune.Str("id"));

        // The hook subscribed to fortune.generated only: exactly that event, signed, with the same id as the feed's.
        var delivered = (await receiver.WaitForAsync(1)).Single();
        delivered.Header("X-Webhook-Event").ShouldBe("fortune.generated");
        WebhookSignature.Verify(hook.Str("secret"), delivered.Body, delivered.Header("X-Webhook-Signature")!).ShouldBeTrue();
        var body = JsonDocument.Parse(delivered.Body).RootElement;
        body.Str("id").ShouldBe(generated.Id);
        body.GetProperty("data").Str("fortune_id").ShouldBe(fortune.Str("id"));
        await _host.AwaitDispatchedAsync(profile, "fortune.cached");
        receiver.Received.Count.ShouldBe(1);
    }
}
