using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application.Modify;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary><c>POST /api/templates/{page_id}/modify</c> (seed §2, ADR 52).</summary>
internal static class ModifyEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/templates/{page_id}/modify", async (string page_id, Body<ModifyRequest> body, TemplateModifier modifier, CancellationToken ct) =>
            CatalogEndpoints.Json(await modifier.ModifyAsync(page_id, body.Value, ct)));
}
