using Forge.Hosting.OpenApi;
using Forge.NotionForge.Application.Skills;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.HttpApi.OpenApi;

/// <summary>
/// NotionForge's OpenAPI document, <c>/openapi/notionforge.json</c> (ADR 29). Each area keeps its rows in its own
/// <c>*Operations</c> class next to its endpoints; this class joins them.
/// </summary>
internal static class NotionForgeApiDocument
{
    public static readonly ProductApiDocument Product = new(
        NotionForgeProduct.Name,
        "NotionForge API",
        "AI generation of Notion templates: plan a blueprint from a prompt, preview it with its cost, and generate it in a "
        + "Notion workspace as a durable task (REST, SSE or WebSocket). Errors are {\"success\": false, \"error\": {\"code\", "
        + "\"message\", \"field\"}, \"request_id\"}.",
        NotionForgeProduct.KeyHeader,
        "nf_live_…")
    {
        PropertyNaming = System.Text.Json.JsonNamingPolicy.SnakeCaseLower, // the product's wire naming (ADR 50)
    };

    public static readonly IReadOnlyList<ApiOperation> Operations =
    [
        .. CoreOperations.All,
        .. TaskOperations.All,
        .. HealthOperations.All,
        .. WorkspaceOperations.All,
        .. CatalogOperations.All,
        .. AiOperations.All,
    ];

    public static void Register(IServiceCollection services) => services.AddProductOpenApi(Product);

    public static TBuilder Describe<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Describe(Operations);

    public static ApiOperation Op(string method, string route, string operationId, string tag) =>
        new(method, route, operationId, tag, typeof(ErrorEnvelope));
}

/// <summary>The skeleton's rows: liveness and the skill list.</summary>
internal static class CoreOperations
{
    public static readonly IReadOnlyList<ApiOperation> All =
    [
        NotionForgeApiDocument.Op("GET", "/health/live", "getLiveness", "Health").Returns<LivenessView>(),
        NotionForgeApiDocument.Op("GET", "/api/skills", "listSkills", "Skills").Returns<SkillListView>(),
    ];
}
