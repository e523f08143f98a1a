namespace Forge.Hosting.AI;

/// <summary>
/// A client was asked for an alias whose provider has no API key. Callers should have checked
/// <see cref="IAiModelCatalog.IsConfigured"/> and used their built-in engine instead.
/// </summary>
public sealed class AiNotConfiguredException(string alias, AiProvider provider)
    : InvalidOperationException($"AI model '{alias}' is not configured: Forge:AI:Providers:{provider}:ApiKey is empty.")
{
    public string Alias { get; } = alias;

    public AiProvider Provider { get; } = provider;
}
