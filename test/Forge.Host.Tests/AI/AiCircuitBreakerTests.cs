using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;

namespace Forge.Host.Tests.AI;

public sealed class AiCircuitBreakerTests
{
    [Fact]
    public async Task After_enough_failures_the_circuit_opens_and_calls_fail_fast_without_reaching_the_provider()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Otherwise = FakeAiOutcome.ServerError();
        await using var services = AiTestServices.Build(anthropic: anthropic, overrides: new Dictionary<string, string?>
        {
            ["Forge:AI:Resilience:CircuitMinimumThroughput"] = "4",
            ["Forge:AI:Resilience:CircuitFailureRatio"] = "0.5",
        });
        var factory = services.Factory();

        // 3 attempts per call: the circuit has seen 4 failures during the second call and opens.
        var first = await Should.ThrowAsync<AiProviderException>(() => factory.GetClient("haiku").GetResponseAsync("one"));
        first.Kind.ShouldBe(AiFailureKind.Unavailable);
        var second = await Should.ThrowAsync<AiProviderException>(() => factory.GetClient("haiku").GetResponseAsync("two"));
        second.Kind.ShouldBe(AiFailureKind.CircuitOpen);
        var reached = anthropic.RequestCount;
        reached.ShouldBe(4);

        // A new client shares the provider's pipeline, so the open circuit protects it too.
        var third = await Should.ThrowAsync<AiProviderException>(() => factory.GetClient("sonnet").GetResponseAsync("three"));

        third.Kind.ShouldBe(AiFailureKind.CircuitOpen);
        third.IsTransient.ShouldBeTrue();
        anthropic.RequestCount.ShouldBe(reached);
    }
}
