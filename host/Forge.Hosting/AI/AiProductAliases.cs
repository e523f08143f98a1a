using Forge.Hosting.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.AI;

/// <summary>
/// The model aliases one product accepts, with the defaults of any alias it brings (configuration under
/// <c>Forge:AI:Models:&lt;alias&gt;</c> still overrides each value). <c>Forge:AI:Products:&lt;product&gt;:Aliases</c>
/// adds configured aliases to a product.
/// </summary>
public sealed record AiProductAliases(string Product, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, AiModelOptions> Defaults);

public static class AiProductAliasExtensions
{
    /// <summary>Declares aliases the product accepts that the kernel already knows (<see cref="AiModelDefaults"/>) or configuration defines.</summary>
    public static ModuleServiceContext AddAiAliases(this ModuleServiceContext context, string product, params string[] aliases)
    {
        context.Services.AddSingleton(new AiProductAliases(product, aliases, new Dictionary<string, AiModelOptions>()));
        return context;
    }

    /// <summary>Declares an alias of the product's own with its default model, e.g. <c>("analysis", "fast", new() { Provider = "groq", … })</c>.</summary>
    public static ModuleServiceContext AddAiModel(this ModuleServiceContext context, string product, string alias, AiModelOptions defaults)
    {
        context.Services.AddSingleton(new AiProductAliases(product, [alias], new Dictionary<string, AiModelOptions> { [alias] = defaults }));
        return context;
    }
}
