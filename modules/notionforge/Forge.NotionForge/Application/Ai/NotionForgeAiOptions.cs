using Forge.Hosting.AI;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Ai;

/// <summary>
/// <c>Forge:NotionForge:AI</c> (ADR 53): which model alias plans blueprints, and where the provider-detection endpoint
/// lists a key's models. Validated at start: the alias must be one NotionForge accepts (declared or
/// <c>Forge:AI:Products:notionforge:Aliases</c>).
/// </summary>
public sealed class NotionForgeAiOptions
{
    public const string Section = "Forge:NotionForge:AI";

    /// <summary>The planner's alias (e.g. <c>sonnet</c>); empty, or an alias whose provider has no key, plans with the built-in planner.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// Each detectable provider's API root for <c>GET …/models</c>, versioned as the provider documents it. Tests point them
    /// at fake servers; a key is only ever sent to the root of the provider its format names.
    /// </summary>
    public Dictionary<string, Uri> DetectBaseUrls { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["openai"] = new("https://api.openai.com/v1/"),
        ["anthropic"] = new("https://api.anthropic.com/v1/"),
        ["groq"] = new("https://api.groq.com/openai/v1/"),
        ["gemini"] = new("https://generativelanguage.googleapis.com/v1beta/openai/"),
    };

    /// <summary>How long detect-provider waits for a provider's model list.</summary>
    public TimeSpan DetectTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

internal sealed class NotionForgeAiOptionsValidator(IAiModelCatalog catalog) : IValidateOptions<NotionForgeAiOptions>
{
    public ValidateOptionsResult Validate(string? name, NotionForgeAiOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Model)
            && !catalog.AliasesFor(NotionForgeProduct.Name).Contains(options.Model, StringComparer.OrdinalIgnoreCase))
            errors.Add($"{NotionForgeAiOptions.Section}:Model '{options.Model}' is not an alias NotionForge accepts "
                + $"({string.Join(", ", catalog.AliasesFor(NotionForgeProduct.Name))}; add others with Forge:AI:Products:{NotionForgeProduct.Name}:Aliases).");
        foreach (var (provider, url) in options.DetectBaseUrls)
            if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
                errors.Add($"{NotionForgeAiOptions.Section}:DetectBaseUrls:{provider} must be an absolute http(s) URL.");
        if (options.DetectTimeout <= TimeSpan.Zero || options.DetectTimeout > TimeSpan.FromMinutes(2))
            errors.Add($"{NotionForgeAiOptions.Section}:DetectTimeout must be between 0 and 2 minutes.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
