using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.AI;

public sealed class AiModelCatalogTests
{
    [Fact]
    public async Task An_alias_whose_provider_has_no_key_is_not_configured_and_gives_no_client()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        await using var services = AiTestServices.Build(anthropic: anthropic); // OpenAI: no key
        var catalog = services.GetRequiredService<IAiModelCatalog>();

        catalog.IsConfigured("haiku").ShouldBeTrue();
        catalog.IsConfigured("sonnet").ShouldBeTrue();
        catalog.IsConfigured("gpt4o").ShouldBeFalse();
        catalog.IsConfigured("no-such-model").ShouldBeFalse();
        catalog.Describe("gpt4o").IsConfigured.ShouldBeFalse();
        Should.Throw<AiNotConfiguredException>(() => services.Factory().GetClient("gpt4o")).Provider.ShouldBe(AiProvider.OpenAI);
        Should.Throw<AiNotConfiguredException>(() => services.Factory().GetClient("gpt4o")).ProviderName.ShouldBe("OpenAI");
        Should.Throw<AiModelNotFoundException>(() => catalog.Describe("no-such-model"));
    }

    [Fact]
    public async Task With_no_configuration_every_built_in_alias_exists_and_none_is_configured()
    {
        await using var services = AiTestServices.Build();
        var catalog = services.GetRequiredService<IAiModelCatalog>();

        catalog.Aliases.ShouldBe(["haiku", "sonnet", "gpt4o"], ignoreOrder: true);
        catalog.Aliases.ShouldAllBe(alias => !catalog.IsConfigured(alias));
        catalog.Describe("haiku").ShouldBe(new AiModelInfo("haiku", AiProvider.Anthropic, "claude-3-5-haiku-latest", 0.80m, 4.00m, false, "Anthropic"));
        catalog.Describe("gpt4o").Provider.ShouldBe(AiProvider.OpenAI);
    }

    [Fact]
    public async Task Configuration_overrides_part_of_an_alias_and_adds_new_ones()
    {
        await using var services = AiTestServices.Build(overrides: new Dictionary<string, string?>
        {
            ["Forge:AI:Providers:OpenAI:ApiKey"] = "sk-configured",
            ["Forge:AI:Models:haiku:Model"] = "claude-haiku-4-5",
            ["Forge:AI:Models:mini:Provider"] = "OpenAI",
            ["Forge:AI:Models:mini:Model"] = "gpt-4o-mini",
            ["Forge:AI:Models:mini:InputCostPerMTok"] = "0.15",
            ["Forge:AI:Models:mini:OutputCostPerMTok"] = "0.60",
        });
        var catalog = services.GetRequiredService<IAiModelCatalog>();

        catalog.Describe("HAIKU").ShouldBe(new AiModelInfo("haiku", AiProvider.Anthropic, "claude-haiku-4-5", 0.80m, 4.00m, false, "Anthropic"));
        catalog.Describe("mini").ShouldBe(new AiModelInfo("mini", AiProvider.OpenAI, "gpt-4o-mini", 0.15m, 0.60m, true, "OpenAI"));
    }
}
