namespace Forge.Hosting.AI;

/// <summary>
/// The aliases every host knows without configuration, with list prices in US dollars per million
/// tokens as the providers publish them. Configuration may override any value.
/// </summary>
public static class AiModelDefaults
{
    public const string Haiku = "haiku";
    public const string Sonnet = "sonnet";
    public const string Gpt4o = "gpt4o";

    public static IReadOnlyDictionary<string, AiModelOptions> Create() => new Dictionary<string, AiModelOptions>
    {
        [Haiku] = new() { Provider = AiProvider.Anthropic, Model = "claude-3-5-haiku-latest", InputCostPerMTok = 0.80m, OutputCostPerMTok = 4.00m },
        [Sonnet] = new() { Provider = AiProvider.Anthropic, Model = "claude-sonnet-4-0", InputCostPerMTok = 3.00m, OutputCostPerMTok = 15.00m },
        [Gpt4o] = new() { Provider = AiProvider.OpenAI, Model = "gpt-4o", InputCostPerMTok = 2.50m, OutputCostPerMTok = 10.00m },
    };
}
