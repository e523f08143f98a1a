using Forge.Hosting.AI;
using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Forge.NotionForge.Application.Ai;

/// <summary>
/// Plans with the configured model (ADR 53): structured output against the blueprint schema, checked by
/// <see cref="BlueprintValidator"/>, one repair attempt carrying the validator's errors, and the built-in planner as a
/// labelled fallback (<c>builtin-fallback</c>) when the reply is still invalid or the provider fails. The prompt's
/// analysis (intent, confidence, language, complexity) is always the built-in analyzer's, so it is deterministic.
/// </summary>
public sealed class ProviderBlueprintPlanner(
    IAiChatClientFactory ai, PlannerEngine engine, ILogger<ProviderBlueprintPlanner> logger) : IBlueprintPlanner
{
    public const string Fallback = "builtin-fallback";

    /// <summary>The first reply and one repair (the validator's errors sent back).</summary>
    public const int MaxAttempts = 2;

    public async Task<PlannedBlueprint> PlanAsync(string prompt, PlanOptions options, CancellationToken ct)
    {
        var choice = engine.Current;
        var baseline = BuiltInPlanner.Plan(prompt, options);
        if (choice.IsBuiltIn) return new PlannedBlueprint(baseline, AiEngineChoice.BuiltIn);
        try
        {
            var client = ai.GetClient(choice.Model, NotionForgeProduct.Name);
            var result = await AiStructuredOutput.GetAsync<BlueprintDto>(
                client, PlannerPrompt.Messages(prompt, baseline), Problems, maxAttempts: MaxAttempts, json: BlueprintJson.Options,
                cancellationToken: ct);
            var blueprint = result.Value with
            {
                Language = result.Value.Language ?? baseline.Blueprint.Language,
                Complexity = result.Value.Complexity ?? baseline.Blueprint.Complexity,
            };
            return new PlannedBlueprint(new PlanResult(baseline.Analysis, blueprint, BlueprintEstimator.Estimate(blueprint)), choice.Model,
                Tokens(result.Usage));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Invalid twice, refused, unreachable or timed out: the request still gets a valid, labelled blueprint.
            logger.LogWarning("Planner {Alias} failed ({Reason}); the built-in planner answered instead", choice.Model, Reason(e));
            // Refused replies were paid for too (ADR 59): their tokens count, though the built-in plan is used.
            return new PlannedBlueprint(baseline, Fallback, e is AiStructuredOutputException invalid ? Tokens(invalid.Usage) : 0);
        }
    }

    private static long Tokens(UsageDetails? usage) =>
        usage is null ? 0 : usage.TotalTokenCount ?? (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0);

    private static IEnumerable<string> Problems(BlueprintDto blueprint) =>
        BlueprintValidator.Validate(blueprint).Select(e => $"{e.Field}: {e.Message}");

    // The exception's type and kind only: a provider's message could quote the prompt.
    private static string Reason(Exception e) => e switch
    {
        AiStructuredOutputException s => $"invalid after {s.Attempts} replies: {s.Errors.Count} problems",
        AiProviderException p => $"{p.Kind}{(p.StatusCode is { } code ? $" HTTP {code}" : "")}",
        _ => e.GetType().Name,
    };
}
