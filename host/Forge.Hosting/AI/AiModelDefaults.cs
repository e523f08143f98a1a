namespace Forge.Hosting.AI;

/// <summary>
/// Well-known aliases with list prices in US dollars per million tokens as the providers publish them. A
/// product uses them by declaring them (<see cref="AiProductAliasExtensions.AddAiAliases"/>); configuration may
/// override any value.
/// </summary>
public static class AiModelDefaults
{
    public const string Haiku = "haiku";
    public const string Sonnet = "sonnet";
    public const string Gpt4o = "gpt4o";

    public static IReadOnlyDictionary<string, AiModelOptions> Create() => new Dictionary<string, AiModelOptions>(StringComparer.OrdinalIgnoreCase)
    {
        [Haiku] = new() { Provider = nameof(AiProvider.Anthropic), Model = "claude-3-5-haiku-latest", InputCostPerMTok = 0.80m, OutputCostPerMTok = 4.00m },
        [Sonnet] = new() { Provider = nameof(AiProvider.Anthropic), Model = "claude-sonnet-4-0", InputCostPerMTok = 3.00m, OutputCostPerMTok = 15.00m },
        [Gpt4o] = new() { Provider = nameof(AiProvider.OpenAI), Model = "gpt-4o", InputCostPerMTok = 2.50m, OutputCostPerMTok = 10.00m },
    };
}
