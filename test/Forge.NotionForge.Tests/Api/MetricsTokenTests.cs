using System.Net.Http.Json;
using System.Text.Json;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Planning;
using Forge.TestKit.FakeAi;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// <c>GET /api/metrics/summary</c>'s <c>tokens</c> (ADR 59): the tokens the AI provider reported for a generation's
/// planning — every attempt, a repaired reply's first attempt included — are stored with the task and summed per tenant
/// over 7 days, whether the plan was made in the request (generate) or inside the task (tasks/submit). A fallback after
/// an outage spent none. Answered by the loopback fake Anthropic server with the usage it is told to report.
/// </summary>
[ProviderSensitive]
public sealed class MetricsTokenTests(PlannerModelFixture fixture) : IClassFixture<PlannerModelFixture>
{
    private const string Prompt = "독서 기록장 만들어줘";
    private static readonly PlanOptions Options = new() { Complexity = "simple", IncludeSampleData = false };

    private static object Body(string token, string parent) =>
        new { prompt = Prompt, notion_token = token, parent_page_id = parent, options = new { complexity = "simple", include_sample_data = false } };

    private static string Designed(string title) =>
        "```json\n" + BlueprintJson.Serialize(BuiltInPlanner.Plan(Prompt, Options).Blueprint with { Title = title }) + "\n```";

    [Fact]
    public async Task Tokens_the_provider_reported_are_summed_per_tenant_over_every_generation()
    {
        var (_, client, _, token) = await fixture.TenantAsync();
        var (_, other, _, _) = await fixture.TenantAsync();

        // Planned in the request: 1,000 + 200 tokens.
        fixture.Anthropic.Enqueue(FakeAiOutcome.Reply(Designed("AI 독서 기록장"), inputTokens: 1000, outputTokens: 200));
        using (var generated = await client.PostAsJsonAsync("/api/templates/generate", Body(token, fixture.Notion.AddPage("A"))))
        {
            var body = await generated.JsonAsync();
            ((int)generated.StatusCode).ShouldBe(200, body.ToString());
            body.GetProperty("planner").GetString().ShouldBe("nf-planner");
        }
        (await TokensAsync(client)).ShouldBe(1200);

        // Planned inside the task, repaired once: both replies were paid for (300 + 40, then 500 + 60).
        fixture.Anthropic.Enqueue(
            FakeAiOutcome.Reply(Designed(""), inputTokens: 300, outputTokens: 40),
            FakeAiOutcome.Reply(Designed("고친 독서 기록장"), inputTokens: 500, outputTokens: 60));
        var submitted = await client.SubmitAsync(Submit(token, fixture.Notion.AddPage("B")));
        (await client.FinishedAsync(submitted)).Status().ShouldBe("completed");
        (await TokensAsync(client)).ShouldBe(1200 + 340 + 560);

        // An outage falls back to the built-in planner: nothing was spent.
        fixture.Anthropic.Enqueue(FakeAiOutcome.Error(529), FakeAiOutcome.Error(529));
        var fallback = await client.SubmitAsync(Submit(token, fixture.Notion.AddPage("C")));
        (await client.FinishedAsync(fallback)).Status().ShouldBe("completed");

        var summary = await SummaryAsync(client);
        summary.GetProperty("tokens").GetInt64().ShouldBe(2100);
        summary.GetProperty("total_generations").GetInt32().ShouldBe(3);
        (await TokensAsync(other)).ShouldBe(0); // per tenant
    }

    private static HttpContent Submit(string token, string parent) =>
        JsonContent.Create(Body(token, parent));

    private static async Task<long> TokensAsync(HttpClient client) => (await SummaryAsync(client)).GetProperty("tokens").GetInt64();

    private static async Task<JsonElement> SummaryAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/metrics/summary");
        var summary = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(200, summary.ToString());
        return summary;
    }
}
