using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Planning;

/// <summary>
/// The planner used without an AI provider (the default): prompt → analysis → blueprint, deterministically (no
/// clock, no randomness, no culture: the same prompt and options give the same blueprint, byte for byte).
/// Callers check the prompt with <see cref="PromptGuard"/> first.
/// </summary>
public static class BuiltInPlanner
{
    public static PlanResult Plan(string prompt, PlanOptions? options = null)
    {
        options ??= new PlanOptions();
        var analysis = PromptAnalyzer.Analyze(prompt, options);
        var blueprint = BlueprintComposer.Compose(analysis, options);
        return new PlanResult(analysis, blueprint, BlueprintEstimator.Estimate(blueprint));
    }
}

public sealed record PlanResult(PromptAnalysis Analysis, BlueprintDto Blueprint, BlueprintEstimateDto Estimate);
