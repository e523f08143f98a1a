using System.Net;
using System.Text.Json;
using Forge.Hosting.Webhooks;

namespace Forge.Analysis.Tests.Api;

/// <summary>
/// Issue 10 acceptance 3: a loopback receiver sees the product's retry policy (1 attempt + 3 retries, 2 s apart; ADR 40)
/// with the same signed raw body each time, and the delivery state on the resource follows it.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisWebhookRetryTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    private const string Secret = "retry-secret-retry-secret-retry";

    [Fact]
    public async Task A_receiver_that_keeps_failing_gets_four_identical_signed_attempts_at_least_2_s_apart_then_FAILED()
    {
        await using var receiver = await WebhookReceiver.StartAsync(otherwise: 500);
        var (_, client) = await fixture.TenantAsync(credits: 1);
        var id = await SubmitAsync(client, receiver);

        var attempts = await receiver.WaitForAsync(4, TimeSpan.FromSeconds(60));

        attempts.Count.ShouldBe(4);
        attempts.Select(a => Convert.ToBase64String(a.Body)).Distinct().Count().ShouldBe(1); // the same raw body each time
        attempts.ShouldAllBe(a => WebhookSignature.Verify(Secret, a.Body, a.Header(WebhookEventHeaders.Signature)!));
        for (var i = 1; i < attempts.Count; i++)
            (attempts[i].ReceivedAt - attempts[i - 1].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9)); // never sooner than the policy
        var failed = await Eventually.GetAsync(() => client.WaitForStatusAsync(id, "COMPLETED"),
            d => d.GetProperty("webhook").GetProperty("delivery").GetProperty("state").GetString() == "FAILED", TimeSpan.FromSeconds(30), "delivery FAILED");
        var delivery = failed.GetProperty("webhook").GetProperty("delivery");
        delivery.GetProperty("attemptCount").GetInt32().ShouldBe(4);
        delivery.GetProperty("lastStatusCode").GetInt32().ShouldBe(500);
        delivery.GetProperty("lastAttemptAt").GetString().ShouldNotBeNull();
        delivery.GetProperty("lastError").GetString().ShouldNotBeNullOrEmpty();
        receiver.Received.Count.ShouldBe(4); // and no fifth
    }

    [Fact]
    public async Task A_receiver_that_recovers_is_retried_until_SUCCESS_and_the_state_says_so()
    {
        await using var receiver = await WebhookReceiver.StartAsync(statuses: [503]);
        var (_, client) = await fixture.TenantAsync(credits: 1);
        var id = await SubmitAsync(client, receiver);

        var attempts = await receiver.WaitForAsync(2, TimeSpan.FromSeconds(30));

        (attempts[1].ReceivedAt - attempts[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9));
        var delivered = await Eventually.GetAsync(() => client.WaitForStatusAsync(id, "COMPLETED"),
            d => d.GetProperty("webhook").GetProperty("delivery").GetProperty("state").GetString() == "SUCCESS", TimeSpan.FromSeconds(30), "delivery SUCCESS");
        delivered.GetProperty("webhook").GetProperty("delivery").GetProperty("attemptCount").GetInt32().ShouldBe(2);
        delivered.GetProperty("webhook").GetProperty("delivery").GetProperty("lastStatusCode").GetInt32().ShouldBe(200);
        JsonSerializer.Deserialize<JsonElement>(attempts[1].Body).GetProperty("data").GetProperty("id").GetString().ShouldBe(id);
    }

    private static async Task<string> SubmitAsync(HttpClient client, WebhookReceiver receiver)
    {
        using var response = await client.SubmitAsync(AnalysisApi.Body(receiver.Url(), Secret));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
    }
}
