using Forge.Hosting.AI;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>The <c>model</c> field every generating endpoint takes (ADR 7 #8).</summary>
internal static class ModelAlias
{
    /// <summary>
    /// The catalog's spelling of <paramref name="model"/> (haiku, sonnet, gpt4o by default; case-insensitive),
    /// <c>haiku</c> when absent; anything else is 400 <c>invalid_model</c> naming <paramref name="field"/>.
    /// </summary>
    public static string Parse(IAiModelCatalog ai, string? model, string field = "model")
    {
        if (model is null) return FortuneGenerationService.DefaultModel;
        var aliases = ai.AliasesFor(FortuneGenerationService.Product);
        var match = aliases.FirstOrDefault(a => string.Equals(a, model.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? throw new ProductApiException(ProductErrorKind.Validation, FortuneErrorCodes.InvalidModel,
            $"{field} must be one of: {string.Join(", ", aliases.Order(StringComparer.Ordinal))}.", field);
    }
}
