using Forge.Hosting.AI;
using Forge.Hosting.Modularity;
using Forge.NotionForge.Application.Planning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Ai;

/// <summary>The AI area's services (ADR 53): the aliases NotionForge accepts, the provider-backed planner, provider detection.</summary>
public static class NotionForgeAiServices
{
    public const string DetectHttpClient = "notionforge-detect-provider";

    /// <summary>NotionForge's own alias (Anthropic's Sonnet by default; <c>Forge:AI:Models:nf-planner:*</c> overrides it).</summary>
    public const string PlannerAlias = "nf-planner";

    public static ModuleServiceContext AddNotionForgeAi(this ModuleServiceContext context)
    {
        // An alias of its own: declaring the kernel's haiku/sonnet/gpt4o too would make Fortune's calls no longer
        // attributable to Fortune alone (the call log names the only product that declared an alias).
        context.AddAiModel(NotionForgeProduct.Name, PlannerAlias, new AiModelOptions
        {
            Provider = nameof(AiProvider.Anthropic), Model = "claude-sonnet-4-0", InputCostPerMTok = 3.00m, OutputCostPerMTok = 15.00m,
        });
        var services = context.Services;
        services.AddForgeOptions<NotionForgeAiOptions>(NotionForgeAiOptions.Section);
        services.AddSingleton<IValidateOptions<NotionForgeAiOptions>, NotionForgeAiOptionsValidator>();
        services.AddSingleton<PlannerEngine>();
        // Replaces the skeleton's built-in default; with no alias configured it still answers "builtin".
        services.Replace(ServiceDescriptor.Singleton<IBlueprintPlanner, ProviderBlueprintPlanner>());
        // No logging handler of ours and no retries: the key rides in a header and is used once.
        services.AddHttpClient(DetectHttpClient, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<ProviderDetector>();
        services.AddForgeOptions<Chat.ChatOptions>(Chat.ChatOptions.Section);
        services.AddForgeOptions<Generation.GenerateWaitOptions>(Generation.GenerateWaitOptions.Section);
        return context;
    }
}
