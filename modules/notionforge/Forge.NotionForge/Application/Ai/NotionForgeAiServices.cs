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

    public static ModuleServiceContext AddNotionForgeAi(this ModuleServiceContext context)
    {
        context.AddAiAliases(NotionForgeProduct.Name, AiModelDefaults.Haiku, AiModelDefaults.Sonnet, AiModelDefaults.Gpt4o);
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
