using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;

namespace Forge.Host.Tests.AI;

public sealed class AiStructuredOutputTests
{
    private sealed record Verdict(int Score, string[] Skills);

    private static IEnumerable<string> Validate(Verdict v)
    {
        if (v.Score is < 0 or > 100) yield return "score must be between 0 and 100";
        if (v.Skills is null || v.Skills.Length == 0) yield return "skills must not be empty";
    }

    [Fact]
    public void A_fenced_reply_with_prose_around_it_parses()
    {
        const string reply = "Here is the analysis:\n```json\n{ \"score\": 82, \"skills\": [\"C#\", \"SQL\"] }\n```\nHope it helps.";

        var verdict = AiStructuredOutput.Parse<Verdict>(reply, Validate);

        verdict.Score.ShouldBe(82);
        verdict.Skills.ShouldBe(["C#", "SQL"]);
    }

    [Fact]
    public void A_bare_object_parses()
    {
        AiStructuredOutput.Parse<Verdict>("{\"score\":5,\"skills\":[\"Go\"]}", Validate).Score.ShouldBe(5);
    }

    [Theory]
    [InlineData("I cannot help with that.")]
    [InlineData("```json\n{ \"score\": 82, \"skills\": [\"C#\" }\n```")]
    [InlineData("{ \"score\": \"eighty\", \"skills\": [] }")]
    public void Invalid_JSON_is_rejected_with_the_reply_kept(string reply)
    {
        var failure = Should.Throw<AiStructuredOutputException>(() => AiStructuredOutput.Parse<Verdict>(reply, Validate));

        failure.ResponseText.ShouldBe(reply);
        failure.TargetType.ShouldBe(typeof(Verdict));
        failure.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_value_the_validator_refuses_is_rejected_with_its_errors()
    {
        var failure = Should.Throw<AiStructuredOutputException>(() =>
            AiStructuredOutput.Parse<Verdict>("{\"score\": 140, \"skills\": []}", Validate));

        failure.Errors.ShouldBe(["score must be between 0 and 100", "skills must not be empty"]);
    }

    [Fact]
    public async Task An_invalid_reply_is_sent_back_with_its_errors_and_the_second_answer_is_used()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(
            FakeAiOutcome.Reply("{\"score\": 140, \"skills\": [\"C#\"]}"),
            FakeAiOutcome.Reply("```json\n{\"score\": 90, \"skills\": [\"C#\"]}\n```", inputTokens: 50, outputTokens: 20));
        await using var services = AiTestServices.Build(anthropic: anthropic);

        var result = await AiStructuredOutput.GetAsync<Verdict>(
            services.Factory().GetClient("haiku"), [new(ChatRole.User, "Score this resume.")], Validate, maxAttempts: 2);

        result.Value.Score.ShouldBe(90);
        result.Response.Usage!.OutputTokenCount.ShouldBe(20);
        anthropic.RequestCount.ShouldBe(2);
        anthropic.Received[0].PromptText.ShouldContain("JSON object");
        anthropic.Received[1].PromptText.ShouldContain("score must be between 0 and 100");
    }

    [Fact]
    public async Task With_one_attempt_an_invalid_reply_throws_for_the_caller_to_handle()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.Enqueue(FakeAiOutcome.Reply("Sorry, no JSON today."));
        await using var services = AiTestServices.Build(openAi: openAi);

        await Should.ThrowAsync<AiStructuredOutputException>(() => AiStructuredOutput.GetAsync<Verdict>(
            services.Factory().GetClient("gpt4o"), [new(ChatRole.User, "Score this resume.")], Validate));
        openAi.RequestCount.ShouldBe(1);
    }
}
