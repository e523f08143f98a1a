using Forge.Hosting.AI;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Ai;

/// <summary>
/// Which engine plans NotionForge's blueprints (ADR 53): the configured alias when its provider has a key, else the
/// built-in planner. Health (<c>ai_provider</c>), the planner and the Copilot endpoints read the same answer.
/// </summary>
public sealed class PlannerEngine(IAiModelCatalog catalog, ForgeAiOptions ai, IOptions<NotionForgeAiOptions> options)
{
    public const string CopilotProvider = "copilot";

    public AiEngineChoice Current =>
        string.IsNullOrWhiteSpace(options.Value.Model) ? AiEngineChoice.BuiltInEngine : AiEngineChoice.For(catalog, options.Value.Model);

    /// <summary>True only when a provider named <c>copilot</c> is configured with a key: there is no Copilot SDK here (ADR 42).</summary>
    public bool CopilotAvailable => ai.Providers.TryGetValue(CopilotProvider, out var p) && p.HasApiKey;

    /// <summary>The NotionForge aliases the <c>copilot</c> provider serves (empty when it is not available).</summary>
    public IReadOnlyList<string> CopilotAliases =>
        !CopilotAvailable ? [] :
        [.. catalog.AliasesFor(NotionForgeProduct.Name)
            .Where(a => string.Equals(catalog.Describe(a).ProviderName, CopilotProvider, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
