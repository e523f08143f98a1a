using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Hosting.Webhooks;

namespace Forge.Analysis.Tests.Api;

/// <summary>POST/GET /public/v1/analyses through the real host: the job, credits, webhooks, and the refusals (ADR 40).</summary>
[ProviderSensitive]
public sealed class AnalysisSubmitTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task A_submission_is_accepted_then_completed_by_the_engine_charging_one_credit_and_a_signed_webhook_arrives()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.TenantAsync(credits: 3);

        using var response = await client.SubmitAsync(AnalysisApi.Body(receiver.Url(), "s3cret-s3cret-s3cret-s3cret-s3cret"));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var accepted = await response.JsonAsync();
        accepted.GetProperty("success").GetBoolean().ShouldBeTrue();
        accepted.GetProperty("code").GetString().ShouldBe("SUCCESS");
        accepted.GetProperty("metadata").ValueKind.ShouldBe(JsonValueKind.Null);
        var data = accepted.GetProperty("data");
        var id = data.GetProperty("id").GetString()!;
        Guid.Parse(id).Version.ShouldBe(7);
        data.GetProperty("status").GetString().ShouldBe("QUEUED");
        data.GetProperty("estimatedTime").GetInt32().ShouldBe(30);
        data.GetProperty("metadata").GetProperty("creditsUsed").GetInt32().ShouldBe(1);
        data.GetProperty("links").GetProperty("self").GetString().ShouldBe($"/public/v1/analyses/{id}");
        data.GetProperty("webhook").GetProperty("delivery").GetProperty("state").GetString().ShouldBe("PENDING");

        var done = await client.WaitForStatusAsync(id, "COMPLETED", "FAILED");
        done.GetProperty("status").GetString().ShouldBe("COMPLETED");
        done.GetProperty("estimatedTime").ValueKind.ShouldBe(JsonValueKind.Null);
        done.GetProperty("metadata").GetProperty("creditsUsed").GetInt32().ShouldBe(1);
        var result = done.GetProperty("result");
        result.GetProperty("essential").GetProperty("skillAnalysisResults").GetArrayLength().ShouldBeGreaterThan(0);
        result.GetProperty("interviewQuestions").GetArrayLength().ShouldBeGreaterThan(0);
        (await fixture.BalanceAsync(tenant)).ShouldBe(2);

        var hook = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30)))[0];
        hook.Header(WebhookEventHeaders.Event).ShouldBe("analysis.completed");
        long.Parse(hook.Header(WebhookEventHeaders.Timestamp)!).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds());
        var signature = hook.Header(WebhookEventHeaders.Signature)!;
        signature.ShouldBe(signature.ToLowerInvariant());
        WebhookSignature.Verify("s3cret-s3cret-s3cret-s3cret-s3cret", hook.Body, signature).ShouldBeTrue();
        var payload = JsonSerializer.Deserialize<JsonElement>(hook.Body);
        payload.GetProperty("event").GetString().ShouldBe("analysis.completed");
        payload.GetProperty("data").GetProperty("id").GetString().ShouldBe(id);
        payload.GetProperty("data").GetProperty("status").GetString().ShouldBe("COMPLETED");

        var delivered = await Eventually.GetAsync(() => client.WaitForStatusAsync(id, "COMPLETED"),
            d => d.GetProperty("webhook").GetProperty("delivery").GetProperty("state").GetString() == "SUCCESS", what: "delivery state SUCCESS");
        delivered.GetProperty("webhook").GetProperty("delivery").GetProperty("lastStatusCode").GetInt32().ShouldBe(200);
        delivered.GetProperty("webhook").GetProperty("delivery").GetProperty("attemptCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task An_unreadable_document_fails_the_analysis_releases_the_credit_and_sends_analysis_failed_without_signature()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.TenantAsync(credits: 1);
        var body = new
        {
            resumeData = new { type = "pdf", content = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.7 this is not really a pdf")) },
            jobPostingData = new { type = "text", content = AnalysisApi.Posting },
            options = new { webhook = new { url = receiver.Url() } },
        };
        using var response = await client.SubmitAsync(body);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;

        var failed = await client.WaitForStatusAsync(id, "COMPLETED", "FAILED");
        failed.GetProperty("status").GetString().ShouldBe("FAILED");
        failed.GetProperty("error").GetProperty("code").GetString()!.ShouldStartWith("DOC");
        failed.TryGetProperty("metadata", out _).ShouldBeFalse();
        // The job writes FAILED first and then releases the reservation (crash-safe order, ADR 43): wait for the release.
        await Eventually.GetAsync(() => fixture.BalanceAsync(tenant), balance => balance == 1, what: "the credit released");

        var hook = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30)))[0];
        hook.Header(WebhookEventHeaders.Event).ShouldBe("analysis.failed");
        hook.Header(WebhookEventHeaders.Signature).ShouldBeNull();
        var data = JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data");
        data.GetProperty("analysisId").GetString().ShouldBe(id);
        data.GetProperty("error").GetProperty("code").GetString().ShouldStartWith("DOC");
    }

    [Fact]
    public async Task Without_credit_the_submission_is_BUS002_with_required_available_and_purchase_url()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 0);
        using var response = await client.SubmitAsync(AnalysisApi.Body());
        response.StatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        var body = await response.JsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("code").GetString().ShouldBe("BUS002");
        var metadata = body.GetProperty("metadata");
        metadata.GetProperty("required").GetInt64().ShouldBe(1);
        metadata.GetProperty("available").GetInt64().ShouldBe(0);
        metadata.GetProperty("purchaseUrl").GetString().ShouldBe($"/console/tenants/{tenant}/credits");
    }

    [Fact]
    public async Task Another_tenants_id_and_an_unknown_id_are_NOT001_and_a_malformed_id_is_VAL003()
    {
        var (_, owner) = await fixture.TenantAsync(credits: 1);
        var (_, other) = await fixture.TenantAsync(credits: 1);
        using var created = await owner.SubmitAsync(AnalysisApi.Body());
        var id = (await created.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;

        foreach (var path in new[] { $"/public/v1/analyses/{id}", $"/public/v1/analyses/{Guid.CreateVersion7()}", $"/public/v1/analyses/test-run/{id}" })
        {
            using var response = await other.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.JsonAsync()).GetProperty("code").GetString().ShouldBe("NOT001");
        }
        using var malformed = await owner.GetAsync("/public/v1/analyses/not-a-uuid");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusal = await malformed.JsonAsync();
        refusal.GetProperty("code").GetString().ShouldBe("VAL003");
        refusal.GetProperty("metadata").GetProperty("field").GetString().ShouldBe("analysisId");
    }

    [Theory]
    [InlineData("""{"jobPostingData":{"type":"text","content":"x"}}""", "VAL002", "resumeData")]
    [InlineData("""{"resumeData":{"type":"text","content":"x"}}""", "VAL002", "jobPostingData")]
    [InlineData("""{"resumeData":{"content":"x"},"jobPostingData":{"type":"text","content":"x"}}""", "VAL002", "resumeData.type")]
    [InlineData("""{"resumeData":{"type":"rtf","content":"x"},"jobPostingData":{"type":"text","content":"x"}}""", "VAL003", "resumeData.type")]
    [InlineData("""{"resumeData":{"type":"pdf","content":"%%%"},"jobPostingData":{"type":"text","content":"x"}}""", "VAL003", "resumeData.content")]
    [InlineData("""{"resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"text","content":"x"},"options":{"webhook":{}}}""", "VAL002", "options.webhook.url")]
    [InlineData("""{"resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"text","content":"x"},"options":{"webhook":{"url":"not a url"}}}""", "VAL003", "options.webhook.url")]
    [InlineData("""{"resumeData": """, "VAL001", null)]
    public async Task Bad_input_is_a_400_naming_the_field_and_charges_nothing(string json, string code, string? field)
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 1);
        using var response = await client.PostAsync("/public/v1/analyses", new StringContent(json, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.JsonAsync();
        body.GetProperty("code").GetString().ShouldBe(code);
        if (field is not null) body.GetProperty("metadata").GetProperty("field").GetString().ShouldBe(field);
        (await fixture.BalanceAsync(tenant)).ShouldBe(1);
    }

    [Fact]
    public async Task A_body_over_10_MB_is_VAL004_with_400()
    {
        var (_, client) = await fixture.TenantAsync(credits: 1);
        var json = "{\"resumeData\":{\"type\":\"text\",\"content\":\"" + new string('a', 10 * 1024 * 1024 + 10)
                   + "\"},\"jobPostingData\":{\"type\":\"text\",\"content\":\"x\"}}";
        using var response = await client.PostAsync("/public/v1/analyses", new StringContent(json, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("code").GetString().ShouldBe("VAL004");
    }

    [Fact]
    public async Task A_missing_or_malformed_key_is_INVALID_API_KEY_and_a_wellformed_unknown_key_is_AUTH001()
    {
        using var none = await fixture.Host.Client.PostAsJsonAsync("/public/v1/analyses", AnalysisApi.Body());
        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await none.JsonAsync()).GetProperty("code").GetString().ShouldBe("INVALID_API_KEY");

        using var malformed = await fixture.Host.CreateClient(c => c.DefaultRequestHeaders.Add("Miri-Api-Key", "miri_live_sk_short"))
            .PostAsJsonAsync("/public/v1/analyses", AnalysisApi.Body());
        malformed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await malformed.JsonAsync()).GetProperty("code").GetString().ShouldBe("INVALID_API_KEY");

        var unknown = "miri_live_sk_" + new string('a', 24) + "." + new string('b', 48);
        using var wrong = await fixture.Host.CreateClient(c => c.DefaultRequestHeaders.Add("Miri-Api-Key", unknown))
            .PostAsJsonAsync("/public/v1/analyses", AnalysisApi.Body());
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.JsonAsync()).GetProperty("code").GetString().ShouldBe("AUTH001");
    }
}
