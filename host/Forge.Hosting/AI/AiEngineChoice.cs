namespace Forge.Hosting.AI;

/// <summary>
/// Which engine answers a request for an alias: the configured provider, or the module's built-in engine.
/// Every module labels built-in output the same way (<c>model</c> and <c>engine</c> = <c>builtin</c>) and a
/// provider's output by its alias and provider name, so built-in output is never presented as a model's.
/// </summary>
/// <param name="Model">What the response names as the model: the alias, or <see cref="BuiltIn"/>.</param>
/// <param name="Engine">The provider's name in lower case (<c>anthropic</c>, <c>groq</c>), or <see cref="BuiltIn"/>.</param>
/// <param name="Info">The alias's description when a provider answers; null for the built-in engine.</param>
public sealed record AiEngineChoice(bool IsBuiltIn, string Model, string Engine, AiModelInfo? Info)
{
    /// <summary>The one label of built-in output, on the wire and in logs.</summary>
    public const string BuiltIn = "builtin";

    public static AiEngineChoice BuiltInEngine { get; } = new(true, BuiltIn, BuiltIn, null);

    /// <summary>The provider when <paramref name="alias"/> is configured, else the built-in engine.</summary>
    public static AiEngineChoice For(IAiModelCatalog catalog, string alias)
    {
        if (!catalog.IsConfigured(alias)) return BuiltInEngine;
        var info = catalog.Describe(alias);
        return new AiEngineChoice(false, info.Alias, info.Engine, info);
    }

    /// <summary>True when output labelled <paramref name="engine"/> came from the built-in engine.</summary>
    public static bool IsBuiltInLabel(string? engine) => string.Equals(engine, BuiltIn, StringComparison.Ordinal);

    /// <summary>The module's own disclaimer for built-in output, or its AI disclaimer (null: none) otherwise.</summary>
    public string? Disclaimer(string builtInDisclaimer, string? aiDisclaimer = null) => IsBuiltIn ? builtInDisclaimer : aiDisclaimer;
}
