using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Planning;

/// <summary>
/// Prompt → blueprint for every entry point (generate, stream, submit, preview, chat; ADR 50). The default is the
/// deterministic built-in planner (ADR 44); the AI area (ADR 53) replaces it with a provider-backed planner that falls
/// back to the built-in one, labelled. Callers check the prompt with <see cref="PromptGuard"/> first.
/// </summary>
public interface IBlueprintPlanner
{
    Task<PlannedBlueprint> PlanAsync(string prompt, PlanOptions options, CancellationToken ct);
}

/// <summary>
/// A plan and who made it: <c>builtin</c>, a provider alias, or <c>builtin-fallback</c> after a provider failed; and the
/// AI provider tokens it cost (input + output of every attempt, refused replies included; 0 for the built-in planner).
/// </summary>
public sealed record PlannedBlueprint(PlanResult Plan, string Planner, long Tokens = 0);

/// <summary>The built-in planner behind <see cref="IBlueprintPlanner"/>.</summary>
public sealed class BuiltInBlueprintPlanner : IBlueprintPlanner
{
    public Task<PlannedBlueprint> PlanAsync(string prompt, PlanOptions options, CancellationToken ct) =>
        Task.FromResult(new PlannedBlueprint(BuiltInPlanner.Plan(prompt, options), "builtin"));
}
