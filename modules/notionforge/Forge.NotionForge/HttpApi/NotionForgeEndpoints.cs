using Forge.Hosting.Identity;
using Forge.Hosting.OpenApi;
using Forge.Hosting.ProductApi;
using Forge.NotionForge.HttpApi.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary>
/// NotionForge's routes (seed 004 at the root: <c>/health*</c>, <c>/api/*</c>, <c>/ws/chat</c>; ADR 42). The public
/// group carries the product's metadata (errors, OpenAPI) without a credential; the API group needs
/// <c>X-API-Key: nf_live_…</c> or a bearer token with scope <c>notionforge</c>. Each area maps its own routes.
/// </summary>
internal static class NotionForgeEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // NotionForge owns its limits (seed: 60/min per IP on the API, health unlimited; ADR 54): the platform's skip it.
        var open = endpoints.MapGroup("").AllowAnonymous().WithMetadata(new ProductApiMetadata(NotionForgeProduct.Name, OwnsRateLimits: true))
            .WithProductErrors().InApiDocument(NotionForgeProduct.Name);
        open.MapGet("/health/live", () => TypedResults.Json(new LivenessView(true), NotionForgeProduct.Definition.JsonOptions)).Describe();

        var api = endpoints.MapProductApi(NotionForgeProduct.Name, "/api", ownsRateLimits: true).WithProductErrors().WithNotionForgeQuota(endpoints.ServiceProvider);
        api.ProducesErrors(typeof(ErrorEnvelope), 401, 403, 429, 500).Describe(); // OpenAPI (ADR 29)
        SkillEndpoints.Map(api);
        TaskEndpoints.Map(api);
        HealthEndpoints.Map(open, api);
        OAuthEndpoints.Map(open, api, endpoints.ServiceProvider);
        WorkspaceEndpoints.Map(api);
        CatalogEndpoints.Map(api);
        Generation.GenerateEndpoints.Map(api); // ADR 53
        AiProviderEndpoints.Map(api); // ADR 53
        Chat.ChatEndpoints.Map(endpoints); // WS /ws/chat, ADR 53
    }
}

/// <summary><c>GET /health/live</c> (seed): the process answers.</summary>
public sealed record LivenessView(bool Alive);
