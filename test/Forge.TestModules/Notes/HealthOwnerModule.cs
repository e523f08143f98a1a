using Forge.Hosting.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.TestModules.Notes;

/// <summary>Owns <c>/health</c>, <c>/health/ready</c> and <c>/health/live</c>, as NotionForge documents its own.</summary>
public sealed class HealthOwnerModule : ForgeModule
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => TypedResults.Ok(new { status = "ok", owner = "HealthOwner" }));
        endpoints.MapGet("/health/ready", () => TypedResults.Ok(new { ready = true, owner = "HealthOwner" }));
        endpoints.MapGet("/health/live", () => TypedResults.Ok(new { alive = true, owner = "HealthOwner" }));
    }
}
