using Microsoft.Extensions.AI;

namespace Forge.Hosting.AI;

/// <summary>
/// Hands out <see cref="IChatClient"/>s by alias. Every client goes through the shared outbound
/// pipeline (timeouts, retries, circuit breaker), records the "Forge.AI" metrics and reports provider
/// failures as <see cref="AiProviderException"/>. Ask for a client per unit of work; they are cheap.
/// </summary>
public interface IAiChatClientFactory : IAiModelCatalog
{
    /// <exception cref="AiModelNotFoundException">No such alias.</exception>
    /// <exception cref="AiNotConfiguredException">The alias's provider has no API key.</exception>
    IChatClient GetClient(string alias);

    /// <summary>As <see cref="GetClient(string)"/>, with the product its calls are logged under (else the only product declaring the alias).</summary>
    IChatClient GetClient(string alias, string? product);
}
