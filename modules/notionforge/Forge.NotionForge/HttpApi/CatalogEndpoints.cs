using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary>Recipes (seed §5) and the template preview (seed §2): ADR 52.</summary>
internal static class CatalogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/recipes", (string? category, string? search) => Json(Recipes.List(category, search)));
        api.MapGet("/recipes/categories/list", () => Json(Recipes.Categories()));
        api.MapGet("/recipes/{recipe_id}", (string recipe_id) => Json(Recipes.Get(recipe_id)));
        api.MapPost("/recipes/{recipe_id}/generate", async (string recipe_id, Body<RecipeGenerateRequest> body, Recipes recipes, CancellationToken ct) =>
            Json(await recipes.GenerateAsync(recipe_id, body.Value, ct)));

        api.MapPost("/templates/preview", async (Body<PreviewRequest> body, TemplatePreview preview, CancellationToken ct) =>
            Json(await preview.PreviewAsync(body.Value, ct)));
        ModifyEndpoints.Map(api);
        DocumentEndpoints.Map(api);
    }

    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, NotionForgeProduct.Definition.JsonOptions, statusCode: status);
}
