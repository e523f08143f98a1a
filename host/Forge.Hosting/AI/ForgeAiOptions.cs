using Microsoft.Extensions.Configuration;

namespace Forge.Hosting.AI;

/// <summary>Everything under <c>Forge:AI</c>.</summary>
public sealed class ForgeAiOptions
{
    public const string SectionName = "Forge:AI";

    /// <summary>Aliases are case-insensitive: <c>Haiku</c> and <c>haiku</c> are one model.</summary>
    public Dictionary<string, AiModelOptions> Models { get; } = new(StringComparer.OrdinalIgnoreCase);

    public AiProviderOptions Anthropic { get; } = new();

    public AiProviderOptions OpenAI { get; } = new();

    public AiResilienceOptions Resilience { get; } = new();

    public AiProviderOptions Provider(AiProvider provider) => provider switch
    {
        AiProvider.Anthropic => Anthropic,
        AiProvider.OpenAI => OpenAI,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown AI provider."),
    };

    /// <summary>
    /// The built-in aliases overlaid with configuration. A configured alias only needs the values it
    /// changes: <c>Forge:AI:Models:haiku:Model</c> alone keeps haiku's provider and prices.
    /// </summary>
    public static ForgeAiOptions Bind(IConfiguration configuration)
    {
        var options = new ForgeAiOptions();
        foreach (var (alias, model) in AiModelDefaults.Create()) options.Models[alias] = model;

        var section = configuration.GetSection(SectionName);
        foreach (var modelSection in section.GetSection("Models").GetChildren())
        {
            if (!options.Models.TryGetValue(modelSection.Key, out var model))
                options.Models[modelSection.Key] = model = new AiModelOptions();
            modelSection.Bind(model);
        }
        section.GetSection("Providers:Anthropic").Bind(options.Anthropic);
        section.GetSection("Providers:OpenAI").Bind(options.OpenAI);
        section.GetSection("Resilience").Bind(options.Resilience);
        return options;
    }
}
