using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Catalog;

/// <summary>
/// <c>POST /api/templates/preview</c> (seed §2, ADR 42): the prompt checked by the guard, planned by the configured
/// planner, answered with the blueprint and its cost estimate — nothing is sent to Notion.
/// </summary>
public sealed class TemplatePreview(IBlueprintPlanner planner)
{
    public async Task<PreviewView> PreviewAsync(PreviewRequest request, CancellationToken ct)
    {
        if (PromptGuard.Check(request.Prompt) is { } refused) throw NotionForgeErrors.InvalidInput(refused.Field, refused.Message);
        var options = request.Options ?? new PlanOptions();
        if (PromptGuard.CheckOptions(options) is { } bad) throw NotionForgeErrors.InvalidInput(bad.Field, bad.Message);
        var planned = await planner.PlanAsync(request.Prompt!, options, ct);
        var a = planned.Plan.Analysis;
        return new PreviewView(planned.Plan.Blueprint, planned.Plan.Estimate, planned.Planner,
            new PreviewAnalysisView(a.Intent, a.Skill.Id, a.Confidence, a.TemplateType, a.Complexity, a.Language == PlanLanguage.Korean ? "ko" : "en"));
    }
}

/// <summary>The seed's preview body; <c>options</c> as generate takes them.</summary>
public sealed record PreviewRequest(string? Prompt, PlanOptions? Options);

/// <summary>The seed's <c>{blueprint}</c>, the estimate ADR 42 adds, and who planned it (<c>builtin</c> or a provider alias).</summary>
public sealed record PreviewView(BlueprintDto Blueprint, BlueprintEstimateDto Estimate, string Planner, PreviewAnalysisView Analysis);

/// <summary>What the planner read from the prompt: below 0.7 confidence a client should ask before generating.</summary>
public sealed record PreviewAnalysisView(string Intent, string Skill, double Confidence, string TemplateType, string Complexity, string Language);
