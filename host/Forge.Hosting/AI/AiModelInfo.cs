namespace Forge.Hosting.AI;

/// <summary>What an alias stands for: the provider, its model id and the prices used for cost accounting.</summary>
public sealed record AiModelInfo(
    string Alias,
    AiProvider Provider,
    string ModelId,
    decimal InputCostPerMTok,
    decimal OutputCostPerMTok,
    bool IsConfigured);
