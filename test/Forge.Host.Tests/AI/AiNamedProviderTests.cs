using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.AI;

/// <summary>
/// Named providers (several OpenAI-compatible ones next to OpenAI and Anthropic), aliases per product,
/// the built-in-vs-provider label, and usage summed across structured-output retries, against real fakes.
/// </summary>
public sealed class AiNamedProviderTests
{
    private sealed record Verdict(int Score);

    [Fact]
    public async Task Two_OpenAI_compatible_providers_and_OpenAI_are_configured_together_and_each_alias_reaches_its_own()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        await using var groq = await FakeOpenAiServer.StartAsync("gsk-groq-key");
        await using var gemini = await FakeOpenAiServer.StartAsync("gemini-key");
        groq.Otherwise = FakeAiOutcome.Reply("from groq");
        gemini.Otherwise = FakeAiOutcome.Reply("from gemini");
        await using var services = AiTestServices.Build(openAi: openAi, overrides: new Dictionary<string, string?>
        {
            ["Forge:AI:Providers:groq:Kind"] = "OpenAICompatible",
            ["Forge:AI:Providers:groq:BaseUrl"] = groq.ConfiguredBaseUrl,
            ["Forge:AI:Providers:groq:ApiKey"] = groq.ApiKey,
            ["Forge:AI:Providers:gemini:Kind"] = "OpenAICompatible",
            ["Forge:AI:Providers:gemini:BaseUrl"] = gemini.ConfiguredBaseUrl,
            ["Forge:AI:Providers:gemini:ApiKey"] = gemini.ApiKey,
            ["Forge:AI:Models:fast:Provider"] = "groq",
            ["Forge:AI:Models:fast:Model"] = "llama-3.1-8b-instant",
            ["Forge:AI:Models:flash:Provider"] = "gemini",
            ["Forge:AI:Models:flash:Model"] = "gemini-2.0-flash",
        });
        var factory = services.Factory();

        (await factory.GetClient("fast").GetResponseAsync("hi")).Text.ShouldBe("from groq");
        (await factory.GetClient("flash").GetResponseAsync("hi")).Text.ShouldBe("from gemini");
        (await factory.GetClient("gpt4o").GetResponseAsync("hi")).Text.ShouldBe("Hello from the fake provider.");

        groq.Received.Single().Body.GetProperty("model").GetString().ShouldBe("llama-3.1-8b-instant");
        gemini.Received.Single().Body.GetProperty("model").GetString().ShouldBe("gemini-2.0-flash");
        openAi.Received.Single().Body.GetProperty("model").GetString().ShouldBe("gpt-4o");
        factory.Describe("fast").ShouldBe(new AiModelInfo("fast", AiProvider.OpenAICompatible, "llama-3.1-8b-instant", 0m, 0m, true, "groq"));
        AiEngineChoice.For(factory, "flash").ShouldBe(new AiEngineChoice(false, "flash", "gemini", factory.Describe("flash")));
    }

    [Theory]
    [InlineData("Forge:AI:Providers:groq:ApiKey", "k", "Forge:AI:Providers:groq:Kind is required")]
    [InlineData("Forge:AI:Providers:groq:Kind", "OpenAICompatible", "Forge:AI:Providers:groq:BaseUrl is required")]
    [InlineData("Forge:AI:Providers:groq:Kind", "Mistral", "Forge:AI:Providers:groq")]
    [InlineData("Forge:AI:Models:fast:Provider", "nobody", "Forge:AI:Models:fast:Provider 'nobody'")]
    public void A_section_that_cannot_work_stops_start_up_naming_the_key(string key, string value, string message)
    {
        var failure = Should.Throw<AiConfigurationException>(() => AiTestServices.Build(overrides: new Dictionary<string, string?> { [key] = value }));
        failure.Message.ShouldContain(message);
    }

    [Fact]
    public async Task A_product_accepts_exactly_its_declared_aliases_plus_configured_extras()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Forge:AI:Models:mini:Provider"] = "OpenAI",
            ["Forge:AI:Models:mini:Model"] = "gpt-4o-mini",
            ["Forge:AI:Products:fortune:Aliases:0"] = "mini",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        var context = new Forge.Hosting.Modularity.ModuleServiceContext(services, configuration);
        context.AddAiAliases("fortune", "haiku", "sonnet", "gpt4o");
        context.AddAiModel("analysis", "smart", new AiModelOptions { Provider = "Anthropic", Model = "claude-sonnet-4-0", InputCostPerMTok = 3m });
        await using var provider = services.AddForgeAi(configuration).BuildServiceProvider();
        var catalog = provider.GetRequiredService<IAiModelCatalog>();

        catalog.AliasesFor("fortune").ShouldBe(["haiku", "sonnet", "gpt4o", "mini"], ignoreOrder: true);
        catalog.AliasesFor("analysis").ShouldBe(["smart"]);
        catalog.AliasesFor("notionforge").ShouldBeEmpty();
        catalog.Describe("smart").ModelId.ShouldBe("claude-sonnet-4-0");
        // Not configured (no key): every module labels the built-in engine's output the same way.
        AiEngineChoice.For(catalog, "smart").ShouldBe(AiEngineChoice.BuiltInEngine);
        AiEngineChoice.BuiltInEngine.Model.ShouldBe("builtin");
        AiEngineChoice.BuiltInEngine.Engine.ShouldBe("builtin");
        AiEngineChoice.BuiltInEngine.Disclaimer("built-in reading", "AI reading").ShouldBe("built-in reading");
    }

    [Fact]
    public async Task Usage_and_cost_are_summed_over_every_structured_output_attempt()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(
            FakeAiOutcome.Reply("not json", inputTokens: 100, outputTokens: 10),
            FakeAiOutcome.Reply("{\"score\": 7}", inputTokens: 130, outputTokens: 12));
        await using var services = AiTestServices.Build(anthropic: anthropic);
        var model = services.Factory().Describe("haiku");

        var result = await AiStructuredOutput.GetAsync<Verdict>(services.Factory().GetClient("haiku"), [new(ChatRole.User, "Score.")], maxAttempts: 2);

        result.Attempts.ShouldBe(2);
        var usage = result.UsageFor(model);
        usage.InputTokens.ShouldBe(230);
        usage.OutputTokens.ShouldBe(22);
        usage.CostUsd.ShouldBe(AiUsage.Cost(230, 22, model));
        result.Response.Usage!.InputTokenCount.ShouldBe(130); // the last response alone would undercount
    }

    [Fact]
    public async Task A_structured_output_that_fails_every_attempt_still_reports_what_it_used()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.Enqueue(FakeAiOutcome.Reply("no", inputTokens: 40, outputTokens: 5), FakeAiOutcome.Reply("still no", inputTokens: 60, outputTokens: 6));
        await using var services = AiTestServices.Build(openAi: openAi);

        var failure = await Should.ThrowAsync<AiStructuredOutputException>(() => AiStructuredOutput.GetAsync<Verdict>(
            services.Factory().GetClient("gpt4o"), [new(ChatRole.User, "Score.")], maxAttempts: 2));

        failure.Attempts.ShouldBe(2);
        failure.Usage.ShouldNotBeNull().InputTokenCount.ShouldBe(100);
        failure.Usage.OutputTokenCount.ShouldBe(11);
    }
}
