using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;

namespace Forge.Host.Tests.AI;

/// <summary>A reply comes back through the providers' real SDKs, with usage and cost.</summary>
public sealed class AiReplyTests
{
    [Fact]
    public async Task Haiku_answers_through_the_Anthropic_SDK_with_usage_and_cost()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(FakeAiOutcome.Reply("Your day element is wood.", inputTokens: 1200, outputTokens: 350));
        await using var services = AiTestServices.Build(anthropic: anthropic);
        var factory = services.Factory();

        var response = await factory.GetClient("haiku").GetResponseAsync(
            [new(ChatRole.System, "You are a fortune teller."), new(ChatRole.User, "What is my day element?")]);

        response.Text.ShouldBe("Your day element is wood.");
        response.Usage!.InputTokenCount.ShouldBe(1200);
        response.Usage.OutputTokenCount.ShouldBe(350);
        var usage = AiUsage.From(response, factory.Describe("haiku"));
        usage.CostUsd.ShouldBe((1200 * 0.80m + 350 * 4.00m) / 1_000_000m);

        var request = anthropic.Received.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v1/messages");
        request.Header("x-api-key").ShouldBe(FakeAnthropicServer.DefaultApiKey);
        request.Header("anthropic-version").ShouldNotBeNullOrEmpty();
        request.Body.GetProperty("model").GetString().ShouldBe("claude-3-5-haiku-latest");
        request.PromptText.ShouldContain("You are a fortune teller.");
        request.PromptText.ShouldContain("What is my day element?");
    }

    [Fact]
    public async Task Gpt4o_answers_through_the_OpenAI_SDK_with_usage_and_cost()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.Enqueue(FakeAiOutcome.Reply("Match score: 82.", inputTokens: 2000, outputTokens: 100));
        await using var services = AiTestServices.Build(openAi: openAi);
        var factory = services.Factory();

        var response = await factory.GetClient("gpt4o").GetResponseAsync("Score this resume against the posting.");

        response.Text.ShouldBe("Match score: 82.");
        response.Usage!.InputTokenCount.ShouldBe(2000);
        response.Usage.OutputTokenCount.ShouldBe(100);
        AiUsage.From(response, factory.Describe("gpt4o")).CostUsd.ShouldBe((2000 * 2.50m + 100 * 10.00m) / 1_000_000m);

        var request = openAi.Received.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v1/chat/completions");
        request.Header("Authorization").ShouldBe($"Bearer {FakeOpenAiServer.DefaultApiKey}");
        request.Body.GetProperty("model").GetString().ShouldBe("gpt-4o");
        request.PromptText.ShouldContain("Score this resume against the posting.");
    }
}
