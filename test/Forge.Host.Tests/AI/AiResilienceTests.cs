using System.Diagnostics;
using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;

namespace Forge.Host.Tests.AI;

/// <summary>The outbound pipeline under the SDKs: retries, Retry-After, timeouts, and what is not retried.</summary>
public sealed class AiResilienceTests
{
    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_retried()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(FakeAiOutcome.RateLimited(retryAfterSeconds: 1), FakeAiOutcome.Reply("after the wait"));
        await using var services = AiTestServices.Build(anthropic: anthropic);

        var clock = Stopwatch.StartNew();
        var response = await services.Factory().GetClient("haiku").GetResponseAsync("hello");

        response.Text.ShouldBe("after the wait");
        anthropic.RequestCount.ShouldBe(2);
        // The base back-off is 20 ms: only the header explains a wait this long.
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Two_500s_then_a_reply_succeeds_within_the_retry_budget()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.Enqueue(FakeAiOutcome.ServerError(), FakeAiOutcome.ServerError(), FakeAiOutcome.Reply("third time lucky"));
        await using var services = AiTestServices.Build(openAi: openAi);

        var response = await services.Factory().GetClient("gpt4o").GetResponseAsync("hello");

        response.Text.ShouldBe("third time lucky");
        openAi.RequestCount.ShouldBe(3);
    }

    [Fact]
    public async Task A_persistent_429_fails_as_rate_limited_after_the_configured_attempts()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.Otherwise = FakeAiOutcome.RateLimited(retryAfterSeconds: 0);
        await using var services = AiTestServices.Build(openAi: openAi);

        var failure = await Should.ThrowAsync<AiProviderException>(() => services.Factory().GetClient("gpt4o").GetResponseAsync("hello"));

        failure.Kind.ShouldBe(AiFailureKind.RateLimited);
        failure.StatusCode.ShouldBe(429);
        openAi.RequestCount.ShouldBe(3);
    }

    [Fact]
    public async Task Anthropic_overloaded_529_is_retried()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(FakeAiOutcome.Error(529), FakeAiOutcome.Reply("recovered"));
        await using var services = AiTestServices.Build(anthropic: anthropic);

        (await services.Factory().GetClient("haiku").GetResponseAsync("hello")).Text.ShouldBe("recovered");
        anthropic.RequestCount.ShouldBe(2);
    }

    [Theory]
    [InlineData("haiku")]
    [InlineData("gpt4o")]
    public async Task A_persistent_500_fails_as_unavailable_after_the_configured_attempts(string alias)
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        await using var openAi = await FakeOpenAiServer.StartAsync();
        anthropic.Otherwise = openAi.Otherwise = FakeAiOutcome.ServerError();
        await using var services = AiTestServices.Build(anthropic, openAi);

        var failure = await Should.ThrowAsync<AiProviderException>(() => services.Factory().GetClient(alias).GetResponseAsync("hello"));

        failure.Kind.ShouldBe(AiFailureKind.Unavailable);
        failure.StatusCode.ShouldBe(500);
        failure.Alias.ShouldBe(alias);
        failure.IsTransient.ShouldBeTrue();
        (anthropic.RequestCount + openAi.RequestCount).ShouldBe(3); // MaxRetryAttempts = 2
    }

    [Theory]
    [InlineData("haiku")]
    [InlineData("gpt4o")]
    public async Task A_slow_provider_is_cut_off_per_attempt_retried_and_then_fails_as_a_timeout(string alias)
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        await using var openAi = await FakeOpenAiServer.StartAsync();
        anthropic.Otherwise = openAi.Otherwise = FakeAiOutcome.Slow(TimeSpan.FromSeconds(30));
        await using var services = AiTestServices.Build(anthropic, openAi, new Dictionary<string, string?>
        {
            // Long enough that a busy machine still delivers each attempt to the fake before it is cut off,
            // far shorter than the 30 s the provider would take.
            ["Forge:AI:Resilience:AttemptTimeout"] = "00:00:02",
            ["Forge:AI:Resilience:MaxRetryAttempts"] = "1",
        });

        var clock = Stopwatch.StartNew();
        var failure = await Should.ThrowAsync<AiProviderException>(() => services.Factory().GetClient(alias).GetResponseAsync("hello"));

        failure.Kind.ShouldBe(AiFailureKind.Timeout);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30)); // cut off, not waited out
        // The fake counts a request when it has read it, which may be just after the client gave up on it.
        await Eventually.GetAsync(() => Task.FromResult(anthropic.RequestCount + openAi.RequestCount), n => n >= 2, what: "two attempts");
        (anthropic.RequestCount + openAi.RequestCount).ShouldBe(2);
    }

    [Theory]
    [InlineData("haiku")]
    [InlineData("gpt4o")]
    public async Task A_bad_key_is_refused_once_and_not_retried(string alias)
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        await using var openAi = await FakeOpenAiServer.StartAsync();
        await using var services = AiTestServices.Build(anthropic, openAi, new Dictionary<string, string?>
        {
            ["Forge:AI:Providers:Anthropic:ApiKey"] = "sk-ant-wrong",
            ["Forge:AI:Providers:OpenAI:ApiKey"] = "sk-wrong",
        });

        var failure = await Should.ThrowAsync<AiProviderException>(() => services.Factory().GetClient(alias).GetResponseAsync("hello"));

        failure.Kind.ShouldBe(AiFailureKind.Unauthorized);
        failure.StatusCode.ShouldBe(401);
        failure.IsTransient.ShouldBeFalse();
        (anthropic.RequestCount + openAi.RequestCount).ShouldBe(1);
    }
}
