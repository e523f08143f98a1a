using Microsoft.Extensions.Configuration;

namespace Forge.Hosting.AI;

/// <summary>Everything under <c>Forge:AI</c>: named providers, model aliases (and which product accepts which), resilience.</summary>
public sealed class ForgeAiOptions
{
    public const string SectionName = "Forge:AI";

    /// <summary>Aliases are case-insensitive: <c>Haiku</c> and <c>haiku</c> are one model.</summary>
    public Dictionary<string, AiModelOptions> Models { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Named providers; <c>Anthropic</c> and <c>OpenAI</c> are always present.</summary>
    public Dictionary<string, AiProviderOptions> Providers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per product, the aliases it accepts (declared by its module, plus <c>Forge:AI:Products:&lt;product&gt;:Aliases</c>).</summary>
    public Dictionary<string, List<string>> ProductAliases { get; } = new(StringComparer.OrdinalIgnoreCase);

    public AiResilienceOptions Resilience { get; } = new();

    /// <exception cref="AiConfigurationException">No provider of that name is configured.</exception>
    public AiProviderOptions Provider(string name) => Providers.TryGetValue(name, out var provider) ? provider
        : throw new AiConfigurationException($"{SectionName}:Providers:{name} is not configured.");

    /// <summary>
    /// The well-known and product-declared aliases overlaid with configuration. A configured alias only needs the
    /// values it changes: <c>Forge:AI:Models:haiku:Model</c> alone keeps haiku's provider and prices.
    /// </summary>
    /// <exception cref="AiConfigurationException">A provider lacks its kind or base URL, or an alias names an unknown provider.</exception>
    public static ForgeAiOptions Bind(IConfiguration configuration, IEnumerable<AiProductAliases>? declared = null)
    {
        var options = new ForgeAiOptions();
        var section = configuration.GetSection(SectionName);
        foreach (var provider in BindProviders(configuration)) options.Providers[provider.Name] = provider;

        foreach (var (alias, model) in AiModelDefaults.Create()) options.Models[alias] = model;
        foreach (var product in declared ?? [])
        {
            foreach (var (alias, model) in product.Defaults) options.Models[alias] = model.Copy();
            Aliases(options, product.Product).AddRange(product.Aliases);
        }
        foreach (var modelSection in section.GetSection("Models").GetChildren())
        {
            if (!options.Models.TryGetValue(modelSection.Key, out var model))
                options.Models[modelSection.Key] = model = new AiModelOptions();
            modelSection.Bind(model);
        }
        foreach (var productSection in section.GetSection("Products").GetChildren())
            Aliases(options, productSection.Key).AddRange(productSection.GetSection("Aliases").Get<string[]>() ?? []);
        section.GetSection("Resilience").Bind(options.Resilience);
        options.Validate();
        return options;
    }

    /// <summary>The named providers alone (the HTTP clients are registered per provider before anything else is known).</summary>
    public static IReadOnlyList<AiProviderOptions> BindProviders(IConfiguration configuration)
    {
        var providers = new Dictionary<string, AiProviderOptions>(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(AiProvider.Anthropic)] = new() { Name = nameof(AiProvider.Anthropic), Kind = AiProvider.Anthropic },
            [nameof(AiProvider.OpenAI)] = new() { Name = nameof(AiProvider.OpenAI), Kind = AiProvider.OpenAI },
        };
        foreach (var child in configuration.GetSection($"{SectionName}:Providers").GetChildren())
        {
            if (!providers.TryGetValue(child.Key, out var provider)) providers[child.Key] = provider = new AiProviderOptions();
            try
            {
                child.Bind(provider);
            }
            catch (InvalidOperationException e)
            {
                throw new AiConfigurationException($"{SectionName}:Providers:{child.Key}: {e.Message} Kind is one of {KindNames}.", e);
            }
            provider.Name = child.Key;
            if (provider.Kind is null)
                throw new AiConfigurationException($"{SectionName}:Providers:{child.Key}:Kind is required: one of {KindNames}.");
            if (provider.Kind == AiProvider.OpenAICompatible && string.IsNullOrWhiteSpace(provider.BaseUrl))
                throw new AiConfigurationException($"{SectionName}:Providers:{child.Key}:BaseUrl is required for an OpenAICompatible provider.");
            if (!string.IsNullOrWhiteSpace(provider.BaseUrl)
                && !(Uri.TryCreate(provider.BaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
                throw new AiConfigurationException($"{SectionName}:Providers:{child.Key}:BaseUrl must be an absolute http(s) URL.");
        }
        return providers.Values.ToList();
    }

    private void Validate()
    {
        foreach (var (alias, model) in Models)
            if (!Providers.ContainsKey(model.Provider))
                throw new AiConfigurationException(
                    $"{SectionName}:Models:{alias}:Provider '{model.Provider}' names no provider under {SectionName}:Providers (known: {string.Join(", ", Providers.Keys)}).");
        foreach (var (product, aliases) in ProductAliases)
            if (aliases.FirstOrDefault(a => !Models.ContainsKey(a)) is { } unknown)
                throw new AiConfigurationException($"The AI alias '{unknown}' of product '{product}' is defined nowhere (see {SectionName}:Models).");
    }

    private static List<string> Aliases(ForgeAiOptions options, string product)
    {
        if (!options.ProductAliases.TryGetValue(product, out var list)) options.ProductAliases[product] = list = [];
        return list;
    }

    private static string KindNames => string.Join(", ", Enum.GetNames<AiProvider>());
}

/// <summary>The <c>Forge:AI</c> section cannot work as written; the message names the key.</summary>
public sealed class AiConfigurationException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
