using Forge.Host.Tenants;
using Forge.Hosting.Webhooks;

namespace Forge.Host.Tests;

/// <summary>The SSRF guard as production runs it: private targets not allowed.</summary>
public sealed class WebhookPrivateTargetTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private Tenant _tenant = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Forge:Webhooks:AllowPrivateTargets"] = "false",
            ["Forge:Webhooks:MaxAttempts"] = "3",
        });
        _tenant = await _host.CreateTenantAsync("acme");
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_loopback_target_is_refused_after_one_attempt_and_never_reached(string host)
    {
        var url = $"http://{host}:{_receiver.BaseAddress.Port}/hooks";
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(url, "order.paid", "{}", "secret"));

        var status = await _host.FinishedWebhookAsync(_tenant.Id, id);

        status.State.ShouldBe(WebhookDeliveryState.Failed);
        status.Attempts.ShouldBe(1);
        status.LastStatusCode.ShouldBeNull();
        status.LastError.ShouldNotBeNull();
        status.LastError.ShouldContain("private", Case.Insensitive);
        status.LastError.ShouldContain("loopback", Case.Insensitive);
        _receiver.Received.ShouldBeEmpty();
    }
}
