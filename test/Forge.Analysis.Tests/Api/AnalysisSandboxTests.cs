using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Hosting.Webhooks;

namespace Forge.Analysis.Tests.Api;

/// <summary>test-run (0 credits, its own id space), health, list and DELETE (ADR 40).</summary>
[ProviderSensitive]
public sealed class AnalysisSandboxTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task A_test_run_completes_at_once_costs_nothing_and_is_unknown_to_the_production_path()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.TenantAsync(credits: 0);
        using var response = await client.PostAsJsonAsync("/public/v1/analyses/test-run", AnalysisApi.Body(receiver.Url(), "sandbox-secret"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var data = (await response.JsonAsync()).GetProperty("data");
        var id = data.GetProperty("id").GetString()!;
        data.GetProperty("status").GetString().ShouldBe("COMPLETED");
        data.GetProperty("metadata").GetProperty("creditsUsed").GetInt32().ShouldBe(0);
        data.GetProperty("result").GetProperty("essential").GetProperty("skillAnalysisResults").GetArrayLength().ShouldBeGreaterThan(0);

        using var again = await client.GetAsync($"/public/v1/analyses/test-run/{id}");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var production = await client.GetAsync($"/public/v1/analyses/{id}");
        (await production.JsonAsync()).GetProperty("code").GetString().ShouldBe("NOT001");
        (await fixture.BalanceAsync(tenant)).ShouldBe(0);

        var hook = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30)))[0];
        WebhookSignature.Verify("sandbox-secret", hook.Body, hook.Header(WebhookEventHeaders.Signature)!).ShouldBeTrue();
        JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data").GetProperty("sandbox").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Health_is_public_measured_and_has_no_metadata_member()
    {
        using var response = await fixture.Host.Client.GetAsync("/public/v1/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        body.GetProperty("code").GetString().ShouldBe("SUCCESS");
        body.GetProperty("data").GetProperty("status").GetString().ShouldBe("UP");
        body.TryGetProperty("metadata", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task The_list_pages_newest_first_and_delete_erases_and_cancels()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 3);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add((await (await client.SubmitAsync(AnalysisApi.Body())).JsonAsync()).GetProperty("data").GetProperty("id").GetString()!);
        foreach (var id in ids) await client.WaitForStatusAsync(id, "COMPLETED");

        var first = (await (await client.GetAsync("/public/v1/analyses?limit=2")).JsonAsync()).GetProperty("data");
        first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe([ids[2], ids[1]]);
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = (await (await client.GetAsync($"/public/v1/analyses?limit=2&cursor={Uri.EscapeDataString(cursor)}")).JsonAsync()).GetProperty("data");
        second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe([ids[0]]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);

        using var deleted = await client.DeleteAsync($"/public/v1/analyses/{ids[0]}?includeResult=true");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await deleted.JsonAsync()).GetProperty("data").GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        (await fixture.BalanceAsync(tenant)).ShouldBe(0);
    }
}
