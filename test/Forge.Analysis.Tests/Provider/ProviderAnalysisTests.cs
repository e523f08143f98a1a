using System.Net;
using System.Text.Json;
using Forge.Analysis.Tests.Api;
using Forge.TestKit.FakeAi;

namespace Forge.Analysis.Tests.Provider;

/// <summary>
/// With-provider mode (ADR 47) through the real host and the Anthropic SDK against the fake Messages API: the model's
/// text over the engine's numbers, one repair turn, and the outages that fail the analysis with SVC001/SVC003,
/// release its credit and send analysis.failed.
/// </summary>
[ProviderSensitive]
public sealed class ProviderAnalysisTests(AnthropicHostFixture fixture) : IClassFixture<AnthropicHostFixture>
{
    [Fact]
    public async Task The_model_writes_the_text_while_scores_verdicts_and_evidence_stay_the_engines()
    {
        var (tenant, client) = await fixture.Host.TenantAsync(fixture.UniqueName("ai"), credits: 3);
        fixture.Fake.Enqueue(FakeAiOutcome.Reply(ProviderReplies.Valid()));

        var done = await ProviderApi.SubmitAndFinishAsync(client);

        done.GetProperty("status").GetString().ShouldBe("COMPLETED");
        done.GetProperty("metadata").GetProperty("engine").GetString().ShouldBe(fixture.Engine);
        done.GetProperty("metadata").GetProperty("creditsUsed").GetInt32().ShouldBe(1);
        var result = done.GetProperty("result");
        result.GetProperty("engine").GetString().ShouldBe(fixture.Engine);
        result.GetProperty("analysis").GetProperty("summary").GetProperty("comments").GetProperty("applicant_perspective").GetString()
            .ShouldBe(ProviderReplies.SummaryText);
        result.GetProperty("overallEvaluation").GetProperty("feedback")[0].GetString().ShouldBe("A strong match for the core stack.");

        // The built-in engine's result on the same documents (the sandbox is always built-in): same numbers, same evidence.
        var builtin = await ProviderApi.SandboxResultAsync(client);
        builtin.GetProperty("engine").GetString().ShouldBe("builtin");
        result.GetProperty("matchScore").GetDouble().ShouldBe(builtin.GetProperty("matchScore").GetDouble());
        foreach (var section in builtin.GetProperty("analysis").EnumerateObject())
            result.GetProperty("analysis").GetProperty(section.Name).GetProperty("score").GetDouble().ShouldBe(section.Value.GetProperty("score").GetDouble());
        foreach (var group in new[] { "essential", "preferred" })
        {
            var mine = result.GetProperty(group).GetProperty("skillAnalysisResults").EnumerateArray().ToList();
            var engine = builtin.GetProperty(group).GetProperty("skillAnalysisResults").EnumerateArray().ToList();
            mine.Select(Verdict).ShouldBe(engine.Select(Verdict));
        }
        var springBoot = result.GetProperty("essential").GetProperty("skillAnalysisResults").EnumerateArray()
            .Single(s => s.GetProperty("skill").GetString() == "Spring Boot");
        springBoot.GetProperty("evaluation").GetString().ShouldBe(ProviderReplies.SpringBootText);
        result.GetProperty("interviewQuestions").GetRawText().ShouldBe(builtin.GetProperty("interviewQuestions").GetRawText());
        result.GetProperty("extraction").GetRawText().ShouldBe(builtin.GetProperty("extraction").GetRawText());

        // The prompt carried the engine's findings and evidence, not the documents' other lines.
        var prompt = fixture.Fake.Received.Last().PromptText;
        prompt.ShouldContain("Spring Boot");
        prompt.ShouldContain("built payment APIs");
        prompt.ShouldContain("MATCHED");
        prompt.ShouldNotContain("홍길동");
        await Eventually.GetAsync(() => fixture.Host.BalanceAsync(tenant), b => b == 2, what: "one credit committed");
    }

    [Fact]
    public async Task An_invalid_reply_is_repaired_once_with_the_validators_errors()
    {
        var (_, client) = await fixture.Host.TenantAsync(fixture.UniqueName("ai"), credits: 1);
        var before = fixture.Fake.RequestCount;
        fixture.Fake.Enqueue(FakeAiOutcome.Reply(ProviderReplies.Incomplete), FakeAiOutcome.Reply(ProviderReplies.Valid("Repaired summary.")));

        var done = await ProviderApi.SubmitAndFinishAsync(client);

        done.GetProperty("status").GetString().ShouldBe("COMPLETED");
        done.GetProperty("result").GetProperty("analysis").GetProperty("summary").GetProperty("comments").GetProperty("applicant_perspective")
            .GetString().ShouldBe("Repaired summary.");
        fixture.Fake.RequestCount.ShouldBe(before + 2);
        var repair = fixture.Fake.Received.Last().PromptText;
        repair.ShouldContain("not valid");
        repair.ShouldContain("sections.summary must be a non-empty string");
    }

    [Fact]
    public async Task A_reply_still_invalid_after_the_repair_fails_SVC001_and_releases_the_credit()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.Host.TenantAsync(fixture.UniqueName("ai"), credits: 1);
        fixture.Fake.Enqueue(FakeAiOutcome.Reply("no json at all"), FakeAiOutcome.Reply(ProviderReplies.Incomplete));

        var failed = await ProviderApi.SubmitAndFinishAsync(client, receiver.Url());

        await ProviderApi.ShouldHaveFailedCleanlyAsync(fixture.Host, tenant, failed, "SVC001", receiver);
    }

    [Fact]
    public async Task A_provider_outage_fails_SVC001_releases_the_credit_and_sends_analysis_failed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.Host.TenantAsync(fixture.UniqueName("ai"), credits: 1);
        fixture.Fake.Enqueue(FakeAiOutcome.ServerError(), FakeAiOutcome.Error(529, "Overloaded")); // the attempt and its retry

        var failed = await ProviderApi.SubmitAndFinishAsync(client, receiver.Url());

        await ProviderApi.ShouldHaveFailedCleanlyAsync(fixture.Host, tenant, failed, "SVC001", receiver);
        failed.GetProperty("error").GetProperty("message").GetString()!.ShouldContain("Unavailable");
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_in_time_fails_SVC003_and_releases_the_credit()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.Host.TenantAsync(fixture.UniqueName("ai"), credits: 1);
        // Both attempts outlive the 1.5 s attempt timeout; the fake sees the client hang up.
        fixture.Fake.Enqueue(FakeAiOutcome.Slow(TimeSpan.FromSeconds(30)), FakeAiOutcome.Slow(TimeSpan.FromSeconds(30)));

        var failed = await ProviderApi.SubmitAndFinishAsync(client, receiver.Url());

        await ProviderApi.ShouldHaveFailedCleanlyAsync(fixture.Host, tenant, failed, "SVC003", receiver);
    }

    private static string Verdict(JsonElement skill) =>
        $"{skill.GetProperty("skill")}|{skill.GetProperty("category")}|{skill.GetProperty("status")}|{skill.GetProperty("rating")}|{skill.GetProperty("evidence").GetRawText()}";
}

internal static class ProviderApi
{
    public static async Task<JsonElement> SubmitAndFinishAsync(HttpClient client, string? webhookUrl = null)
    {
        using var response = await client.SubmitAsync(AnalysisApi.Body(webhookUrl, webhookUrl is null ? null : Secret));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        return await client.WaitForStatusAsync(id, "COMPLETED", "FAILED");
    }

    public const string Secret = "provider-secret-provider-secret";

    public static async Task<JsonElement> SandboxResultAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/public/v1/analyses/test-run", System.Net.Http.Json.JsonContent.Create(AnalysisApi.Body()));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("result");
    }

    /// <summary>FAILED with <paramref name="code"/>, nothing charged, the credit back (<paramref name="balance"/> left), one signed analysis.failed naming it.</summary>
    public static async Task ShouldHaveFailedCleanlyAsync(TestHost host, Guid tenant, JsonElement failed, string code, WebhookReceiver receiver, long balance = 1)
    {
        var id = failed.GetProperty("id").GetString()!;
        failed.GetProperty("status").GetString().ShouldBe("FAILED");
        failed.GetProperty("error").GetProperty("code").GetString().ShouldBe(code);
        failed.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        failed.TryGetProperty("metadata", out _).ShouldBeFalse(); // nothing charged (ADR 40)
        await Eventually.GetAsync(() => host.BalanceAsync(tenant), b => b == balance, what: "the credit released");

        var hook = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30)))[0];
        hook.Header(Forge.Hosting.Webhooks.WebhookEventHeaders.Event).ShouldBe("analysis.failed");
        Forge.Hosting.Webhooks.WebhookSignature.Verify(Secret, hook.Body, hook.Header(Forge.Hosting.Webhooks.WebhookEventHeaders.Signature)!).ShouldBeTrue();
        var data = JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data");
        data.GetProperty("id").GetString().ShouldBe(id);
        data.GetProperty("analysisId").GetString().ShouldBe(id);
        data.GetProperty("error").GetProperty("code").GetString().ShouldBe(code);
    }
}
