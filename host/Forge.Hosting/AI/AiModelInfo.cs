namespace Forge.Hosting.AI;

/// <summary>What an alias stands for: the provider (its kind and configured name), its model id and the prices used for cost accounting.</summary>
/// <param name="Provider">The provider's kind.</param>
/// <param name="ProviderName">The provider's name under <c>Forge:AI:Providers</c>.</param>
public sealed record AiModelInfo(
    string Alias,
    AiProvider Provider,
    string ModelId,
    decimal InputCostPerMTok,
    decimal OutputCostPerMTok,
    bool IsConfigured,
    string ProviderName)
{
    /// <summary>The label modules report as the engine that answered: the provider's name in lower case (<c>anthropic</c>, <c>groq</c>).</summary>
    public string Engine => ProviderName.ToLowerInvariant();
}
