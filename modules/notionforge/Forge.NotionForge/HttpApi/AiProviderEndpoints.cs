using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Ai;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary>
/// <c>/api/templates/ai/*</c> (seed §4, ADR 42/53): provider detection from a key, and Copilot answered honestly — there
/// is no Copilot SDK here, so it is available only when a provider named <c>copilot</c> is configured.
/// </summary>
internal static class AiProviderEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/templates/ai/detect-provider", async (Body<DetectProviderRequest> body, ProviderDetector detector, HttpContext http) =>
            TypedResults.Json(await detector.DetectAsync(body.Value.ApiKey, http.RequestAborted), NotionForgeProduct.Definition.JsonOptions));

        api.MapGet("/templates/ai/copilot-status", (PlannerEngine engine) =>
            TypedResults.Json(new CopilotStatus(engine.CopilotAvailable, engine.CopilotAvailable, engine.CopilotAliases), NotionForgeProduct.Definition.JsonOptions));

        api.MapPost("/templates/ai/copilot-model", (Body<CopilotModelRequest> body, PlannerEngine engine) =>
        {
            var model = body.Value.Model?.Trim();
            if (string.IsNullOrEmpty(model)) throw NotionForgeErrors.InvalidInput("model", "'model' is required.");
            if (!engine.CopilotAvailable)
                throw NotionForgeErrors.InvalidInput("model", "Copilot is not available on this host: no provider named 'copilot' is configured (Forge:AI:Providers:copilot).");
            if (!engine.CopilotAliases.Contains(model, StringComparer.OrdinalIgnoreCase))
                throw NotionForgeErrors.InvalidInput("model", $"'{model}' is not a Copilot model here ({string.Join(", ", engine.CopilotAliases)}).");
            // The planner's model is host configuration (Forge:NotionForge:AI:Model); REST has no session to switch, so say so.
            return TypedResults.Json(new CopilotModelView(true, model, false, engine.Current.Model,
                "A valid Copilot model; the planner's model is set by Forge:NotionForge:AI:Model and is not switched per session."),
                NotionForgeProduct.Definition.JsonOptions);
        });
    }
}

public sealed record DetectProviderRequest(string? ApiKey);

/// <summary>The seed's <c>{available, started, models}</c>.</summary>
public sealed record CopilotStatus(bool Available, bool Started, IReadOnlyList<string> Models);

public sealed record CopilotModelRequest(string? Model);

/// <summary>The model is valid for Copilot; <c>applied</c> is false (nothing is switched) and <c>planner</c> names the alias that plans.</summary>
public sealed record CopilotModelView(bool Success, string Model, bool Applied, string Planner, string Message);
