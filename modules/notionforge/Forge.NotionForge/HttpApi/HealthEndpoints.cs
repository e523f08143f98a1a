using Forge.NotionForge.Application.Health;
using Forge.NotionForge.HttpApi.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary><c>/health</c>, <c>/health/ready</c> (public) and <c>/api/metrics/summary</c> (the tenant's) — ADR 42 §Health, ADR 51.</summary>
internal static class HealthEndpoints
{
    public static void Map(RouteGroupBuilder open, RouteGroupBuilder api)
    {
        open.MapGet("/health", async (NotionForgeHealth health, HttpContext http) =>
            TypedResults.Json(await health.HealthAsync(NotionForgeApiDocument.Operations.Count, http.RequestAborted), NotionForgeProduct.Definition.JsonOptions)).Describe();
        open.MapGet("/health/ready", async (NotionForgeHealth health, HttpContext http) =>
        {
            var ready = await health.ReadyAsync(http.RequestAborted);
            return TypedResults.Json(ready, NotionForgeProduct.Definition.JsonOptions, statusCode: ready.Ready ? 200 : 503);
        }).Describe();
        api.MapGet("/metrics/summary", async (GenerationMetrics metrics, HttpContext http) =>
            TypedResults.Json(await metrics.SummaryAsync(http.RequestAborted), NotionForgeProduct.Definition.JsonOptions));
    }
}
