using System.Security.Cryptography;
using System.Text;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

[ProviderSensitive]
public sealed class WebhookDeliveryTests(DefaultHostFixture fixture) : IClassFixture<DefaultHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private const string Secret = "whsec_5f1c0a9e-test-secret-7d2b";
    private const string Body = """{"event":"order.paid","amount": 12.50,"note":"café ✓"}""";

    private TestHost _host = null!;
    private Tenant _tenant = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _tenant = await _host.CreateTenantAsync("acme" + _tenantSuffix);
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Enqueueing_a_reference_again_sequentially_or_concurrently_delivers_once()
    {
        var message = new WebhookMessage(_receiver.Url(), "order.paid", Body, Secret, Reference: "test:order-42");

        var first = await _host.SendWebhookAsync(_tenant.Id, message);
        var again = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _host.SendWebhookAsync(_tenant.Id, message)));

        again.ShouldAllBe(id => id == first);
        (await _host.FinishedWebhookAsync(_tenant.Id, first)).State.ShouldBe(WebhookDeliveryState.Succeeded);
        Convert.ToInt64(await _host.Database.ScalarAsync(
            "SELECT COUNT(*) FROM platform_webhook_deliveries WHERE \"Reference\" = @r", ("@r", "test:order-42"))).ShouldBe(1);
        _receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Signed_delivery_arrives_with_the_exact_body_a_verifiable_signature_and_its_headers()
    {
        var headers = new Dictionary<string, string> { ["X-Webhook-Event"] = "order.paid", ["X-Webhook-Timestamp"] = "1767225600" };
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(_receiver.Url(), "order.paid", Body, Secret, headers));

        var request = (await _receiver.WaitForAsync(1)).Single();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/hooks");
        request.Body.ShouldBe(Encoding.UTF8.GetBytes(Body));
        request.Header("Content-Type").ShouldBe("application/json; charset=utf-8");
        request.Header("X-Webhook-Event").ShouldBe("order.paid");
        request.Header("X-Webhook-Timestamp").ShouldBe("1767225600");

        var signature = request.Header("X-Webhook-Signature").ShouldNotBeNull();
        signature.ShouldMatch("^[0-9a-f]{64}$");
        WebhookSignature.Verify(Secret, request.Body, signature).ShouldBeTrue();
        signature.ShouldBe(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), request.Body)));
        WebhookSignature.Verify("another-secret", request.Body, signature).ShouldBeFalse();

        var status = await _host.FinishedWebhookAsync(_tenant.Id, id);
        status.State.ShouldBe(WebhookDeliveryState.Succeeded);
        status.Attempts.ShouldBe(1);
        status.LastStatusCode.ShouldBe(200);
        status.LastError.ShouldBeNull();
        status.DeliveredAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_signature_goes_in_the_messages_own_header()
    {
        var message = new WebhookMessage(_receiver.Url(), "profile.created", Body, Secret, SignatureHeader: "X-Fortune-Signature");
        await _host.FinishedWebhookAsync(_tenant.Id, await _host.SendWebhookAsync(_tenant.Id, message));

        var request = _receiver.Received.Single();
        WebhookSignature.Verify(Secret, request.Body, request.Header("X-Fortune-Signature").ShouldNotBeNull()).ShouldBeTrue();
        request.Header("X-Webhook-Signature").ShouldBeNull();
    }

    [Fact]
    public async Task Without_a_secret_no_signature_header_is_sent()
    {
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(_receiver.Url(), "order.paid", Body, Secret: null));

        (await _host.FinishedWebhookAsync(_tenant.Id, id)).State.ShouldBe(WebhookDeliveryState.Succeeded);
        var request = _receiver.Received.Single();
        request.Body.ShouldBe(Encoding.UTF8.GetBytes(Body));
        request.Header("X-Webhook-Signature").ShouldBeNull();
    }

    [Fact]
    public async Task Deliveries_connect_to_the_target_directly_never_through_a_proxy()
    {
        // Through a proxy the guard would check the proxy's address instead of the target's.
        await using var proxy = await WebhookReceiver.StartAsync();
        var previous = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new System.Net.WebProxy(proxy.BaseAddress) { BypassProxyOnLocal = false };
        try
        {
            var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(_receiver.Url(), "order.paid", Body, Secret));
            (await _host.FinishedWebhookAsync(_tenant.Id, id)).State.ShouldBe(WebhookDeliveryState.Succeeded);
        }
        finally
        {
            HttpClient.DefaultProxy = previous;
        }
        proxy.Received.ShouldBeEmpty();
        _receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Another_tenant_cannot_see_the_delivery()
    {
        var other = await _host.CreateTenantAsync("globex" + _tenantSuffix);
        var id = await _host.SendWebhookAsync(_tenant.Id, new WebhookMessage(_receiver.Url(), "order.paid", Body, Secret));
        await _host.FinishedWebhookAsync(_tenant.Id, id);

        (await _host.WebhookStatusAsync(other.Id, id)).ShouldBeNull();
        (await _host.WebhookStatusAsync(null, id)).ShouldBeNull();
    }

    [Fact]
    public async Task The_stored_delivery_does_not_hold_the_secret_in_plaintext()
    {
        // Its own host: it stops the host to read the file, which the shared one must not.
        await using var host = await TestHost.StartAsync();
        var tenant = await host.CreateTenantAsync("acme");
        var id = await host.SendWebhookAsync(tenant.Id, new WebhookMessage(_receiver.Url(), "order.paid", Body, Secret));
        await host.FinishedWebhookAsync(tenant.Id, id);

        var row = await host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == id));
        row.ProtectedSecret.ShouldNotBeNull().ShouldNotContain(Secret);
        foreach (var column in new[] { row.Url, row.EventType, row.Body, row.HeadersJson, row.SignatureHeader, row.LastError ?? "" })
            column.ShouldNotContain(Secret);

        if (host.Database.Provider != "Sqlite") return; // a file to read only exists for SQLite
        await host.App.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var contents = Encoding.Latin1.GetString(Directory.GetFiles(host.Database.DataDirectory, "forge.db*").SelectMany(File.ReadAllBytes).ToArray());
        contents.ShouldNotContain(Secret);
        contents.ShouldContain("order.paid"); // the search itself works
    }
}
