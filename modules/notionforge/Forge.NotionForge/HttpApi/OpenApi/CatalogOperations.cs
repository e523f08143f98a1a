using Forge.Hosting.OpenApi;
using Forge.NotionForge.Application.Catalog;
using Forge.NotionForge.Application.Modify;
using Forge.NotionForge.Application.Skills;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.HttpApi.OpenApi;

/// <summary>Recipes, skills (beyond the list), preview, modify and document-to-notion (ADR 52).</summary>
internal static class CatalogOperations
{
    private static ApiOperation Op(string method, string route, string operationId, string tag) => NotionForgeApiDocument.Op(method, route, operationId, tag);

    public static readonly IReadOnlyList<ApiOperation> All =
    [
        Op("GET", "/api/recipes", "listRecipes", "Recipes").Returns<RecipeSummaryDto[]>().Errors(400)
            .Query<string>("category", "Only recipes of this category (exact).")
            .Query<string>("search", "A case-insensitive substring of the name, description or a tag (Korean or English)."),
        Op("GET", "/api/recipes/categories/list", "listRecipeCategories", "Recipes").Returns<CategoryListView>(),
        Op("GET", "/api/recipes/{recipe_id}", "getRecipe", "Recipes").Returns<RecipeDto>().Errors(400, 404),
        Op("POST", "/api/recipes/{recipe_id}/generate", "generateRecipe", "Recipes").Body<RecipeGenerateRequest>().Returns<GenerateResultView>()
            .Errors(400, 404, 413, 422, 504),
        Op("GET", "/api/skills/{skill_id}", "getSkill", "Skills").Returns<SkillDetailView>().Errors(404),
        Op("POST", "/api/skills", "createSkill", "Skills").Body<SkillInput>().Returns<SkillWriteView>(201).Errors(400, 422),
        Op("PUT", "/api/skills/{skill_id}", "updateSkill", "Skills").Body<SkillInput>().Returns<SkillWriteView>().Errors(400, 404, 422),
        Op("DELETE", "/api/skills/{skill_id}", "deleteSkill", "Skills").Returns<SkillWriteView>().Errors(400, 404),
        Op("POST", "/api/templates/preview", "previewTemplate", "Templates").Body<PreviewRequest>().Returns<PreviewView>().Errors(400, 422),
        Op("POST", "/api/templates/{page_id}/modify", "modifyTemplate", "Templates").Body<ModifyRequest>().Returns<ModifyResultView>()
            .Errors(400, 404, 422, 504),
        // multipart/form-data: file (.txt, .md, .csv ≤ 10 MB), notion_token (optional with a connected workspace), parent_page_id.
        Op("POST", "/api/templates/document-to-notion", "documentToNotion", "Templates").Returns<GenerateResultView>()
            .Errors(400, 404, 413, 422, 504),
    ];
}
