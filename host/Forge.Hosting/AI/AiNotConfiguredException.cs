namespace Forge.Hosting.AI;

/// <summary>
/// A client was asked for an alias whose provider has no API key. Callers should have checked
/// <see cref="IAiModelCatalog.IsConfigured"/> and used their built-in engine instead.
/// </summary>
public sealed class AiNotConfiguredException(string alias, AiProvider provider, string providerName)
    : InvalidOperationException($"AI model '{alias}' is not configured: Forge:AI:Providers:{providerName}:ApiKey is empty.")
{
    public string Alias { get; } = alias;

    /// <summary>The provider's kind.</summary>
    public AiProvider Provider { get; } = provider;

    public string ProviderName { get; } = providerName;
}
