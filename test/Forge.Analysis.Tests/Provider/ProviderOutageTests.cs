using Forge.Analysis.Tests.Api;
using Forge.TestKit.FakeAi;

namespace Forge.Analysis.Tests.Provider;

/// <summary>With-provider mode through the OpenAI SDK against the fake Chat Completions API (ADR 47).</summary>
[ProviderSensitive]
public sealed class ProviderOpenAiTests(OpenAiHostFixture fixture) : IClassFixture<OpenAiHostFixture>
{
    [Fact]
    public async Task The_model_writes_the_text_and_the_result_names_openai()
    {
        var (_, client) = await fixture.Host.TenantAsync(fixture.UniqueName("openai"), credits: 1);
        fixture.Fake.Enqueue(FakeAiOutcome.Reply(ProviderReplies.Valid()));

        var done = await ProviderApi.SubmitAndFinishAsync(client);

        done.GetProperty("status").GetString().ShouldBe("COMPLETED");
        done.GetProperty("metadata").GetProperty("engine").GetString().ShouldBe("openai");
        done.GetProperty("result").GetProperty("analysis").GetProperty("summary").GetProperty("comments")
            .GetProperty("applicant_perspective").GetString().ShouldBe(ProviderReplies.SummaryText);
    }

    [Fact]
    public async Task Rate_limited_beyond_the_retries_fails_SVC001_and_releases_the_credit()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.Host.TenantAsync(fixture.UniqueName("openai"), credits: 1);
        fixture.Fake.Enqueue(FakeAiOutcome.RateLimited(0), FakeAiOutcome.RateLimited(0));

        var failed = await ProviderApi.SubmitAndFinishAsync(client, receiver.Url());

        await ProviderApi.ShouldHaveFailedCleanlyAsync(fixture.Host, tenant, failed, "SVC001", receiver);
    }
}

/// <summary>An open circuit fails the analysis with SVC002 without calling the provider (ADR 47).</summary>
[ProviderSensitive]
public sealed class ProviderCircuitTests(TrippingCircuitHostFixture fixture) : IClassFixture<TrippingCircuitHostFixture>
{
    [Fact]
    public async Task Once_the_circuit_is_open_analyses_fail_SVC002_and_the_provider_is_not_called()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.Host.TenantAsync(fixture.UniqueName("circuit"), credits: 2);
        fixture.Fake.Enqueue(FakeAiOutcome.ServerError(), FakeAiOutcome.ServerError());

        // Two failed attempts (the threshold) open the circuit; whichever attempt meets it, the analysis fails.
        var first = await ProviderApi.SubmitAndFinishAsync(client);
        first.GetProperty("status").GetString().ShouldBe("FAILED");
        first.GetProperty("error").GetProperty("code").GetString().ShouldBeOneOf("SVC001", "SVC002");
        var reached = fixture.Fake.RequestCount;
        reached.ShouldBe(2);

        var second = await ProviderApi.SubmitAndFinishAsync(client, receiver.Url());

        await ProviderApi.ShouldHaveFailedCleanlyAsync(fixture.Host, tenant, second, "SVC002", receiver, balance: 2);
        fixture.Fake.RequestCount.ShouldBe(reached);
    }
}
