using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Hosting.Webhooks;

namespace Forge.Analysis.Tests.Api;

/// <summary>POST/GET /public/v1/analyses/batch (ADR 40 §Batch): all credits up front or none, one batch.completed.</summary>
[ProviderSensitive]
public sealed class AnalysisBatchTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    private static object Item(string reference, string resumeType = "text", string? resume = null) => new
    {
        referenceId = reference,
        resumeData = new { type = resumeType, content = resume ?? AnalysisApi.Resume },
        jobPostingData = new { type = "text", content = AnalysisApi.Posting },
    };

    [Fact]
    public async Task A_batch_runs_every_item_charges_the_completed_ones_and_sends_one_signed_batch_completed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.TenantAsync(credits: 3);
        var broken = Convert.ToBase64String("%PDF-1.7 not really"u8.ToArray());
        var body = new
        {
            analyses = new[] { Item("a"), Item("b"), Item("c", "pdf", broken) },
            options = new { webhook = new { url = receiver.Url(), secret = "batch-secret" }, parallel = 2 },
        };
        using var response = await client.PostAsJsonAsync("/public/v1/analyses/batch", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var accepted = (await response.JsonAsync()).GetProperty("data");
        var id = accepted.GetProperty("id").GetString()!;
        accepted.GetProperty("status").GetString().ShouldBe("QUEUED");
        accepted.GetProperty("totalItems").GetInt32().ShouldBe(3);
        accepted.GetProperty("metadata").GetProperty("creditsUsed").GetInt32().ShouldBe(3);
        var items = accepted.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("referenceId").GetString()).ShouldBe(["a", "b", "c"]);

        var done = await Eventually.GetAsync(async () => (await (await client.GetAsync($"/public/v1/analyses/batch/{id}")).JsonAsync()).GetProperty("data"),
            d => d.GetProperty("status").GetString() == "COMPLETED", TimeSpan.FromSeconds(60), "the batch completing");
        done.GetProperty("counts").GetProperty("completed").GetInt32().ShouldBe(2);
        done.GetProperty("counts").GetProperty("failed").GetInt32().ShouldBe(1);
        var failed = done.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("referenceId").GetString() == "c");
        failed.GetProperty("error").GetProperty("code").GetString()!.ShouldStartWith("DOC");

        // Items are ordinary analyses; they send no analysis.* events of their own.
        var first = items[0].GetProperty("analysisId").GetString()!;
        (await client.WaitForStatusAsync(first, "COMPLETED")).GetProperty("webhook").ValueKind.ShouldBe(JsonValueKind.Null);
        await Eventually.GetAsync(() => fixture.BalanceAsync(tenant), b => b == 1, what: "two credits charged, one released");

        var hook = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30)))[0];
        hook.Header(WebhookEventHeaders.Event).ShouldBe("batch.completed");
        WebhookSignature.Verify("batch-secret", hook.Body, hook.Header(WebhookEventHeaders.Signature)!).ShouldBeTrue();
        JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data").GetProperty("id").GetString().ShouldBe(id);
        receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_beyond_the_credit_is_refused_whole_and_reserves_nothing()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 2);
        using var response = await client.PostAsJsonAsync("/public/v1/analyses/batch", new { analyses = new[] { Item("a"), Item("b"), Item("c") } });
        response.StatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        var body = await response.JsonAsync();
        body.GetProperty("code").GetString().ShouldBe("BUS002");
        body.GetProperty("metadata").GetProperty("required").GetInt64().ShouldBe(3);
        body.GetProperty("metadata").GetProperty("available").GetInt64().ShouldBe(2);
        (await fixture.BalanceAsync(tenant)).ShouldBe(2);
    }

    [Theory]
    [InlineData("""{}""", "VAL002", "analyses")]
    [InlineData("""{"analyses":[]}""", "VAL003", "analyses")]
    [InlineData("""{"analyses":[{"resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"text","content":"x"}}]}""", "VAL002", "analyses[0].referenceId")]
    [InlineData("""{"analyses":[{"referenceId":"a","resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"text","content":"x"}},{"referenceId":"a","resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"text","content":"x"}}]}""", "VAL003", "analyses[1].referenceId")]
    [InlineData("""{"analyses":[{"referenceId":"a","resumeData":{"type":"doc","content":"x"},"jobPostingData":{"type":"text","content":"x"}}]}""", "VAL003", "analyses[0].resumeData.type")]
    [InlineData("""{"analyses":[{"referenceId":"a","resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"text","content":"x"}}],"options":{"parallel":0}}""", "VAL003", "options.parallel")]
    public async Task Bad_batches_are_400_naming_the_field(string json, string code, string field)
    {
        var (_, client) = await fixture.TenantAsync(credits: 5);
        using var response = await client.PostAsync("/public/v1/analyses/batch", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.JsonAsync();
        body.GetProperty("code").GetString().ShouldBe(code);
        body.GetProperty("metadata").GetProperty("field").GetString().ShouldBe(field);
    }

    [Fact]
    public async Task Another_tenants_batch_is_NOT001()
    {
        var (_, owner) = await fixture.TenantAsync(credits: 1);
        var (_, other) = await fixture.TenantAsync(credits: 0);
        using var created = await owner.PostAsJsonAsync("/public/v1/analyses/batch", new { analyses = new[] { Item("a") } });
        var id = (await created.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        using var response = await other.GetAsync($"/public/v1/analyses/batch/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("code").GetString().ShouldBe("NOT001");
    }
}
