using System.Text.RegularExpressions;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Catalog;

/// <summary>
/// The built-in recipes (seed §5, ADR 52): listed and filtered as the original did, read with their blueprint, and
/// generated as they are — no planning step: the recipe's blueprint is submitted as a generation task (ADR 42).
/// </summary>
public sealed partial class Recipes(NotionCredentials credentials, GenerationWait generation)
{
    public const int MaxFilterLength = 100;

    public static IReadOnlyList<RecipeSummaryDto> List(string? category, string? search)
    {
        if (category?.Length > MaxFilterLength) throw NotionForgeErrors.InvalidInput("category", $"'category' is at most {MaxFilterLength} characters.");
        if (search?.Length > MaxFilterLength) throw NotionForgeErrors.InvalidInput("search", $"'search' is at most {MaxFilterLength} characters.");
        return RecipeCatalog.List(string.IsNullOrWhiteSpace(category) ? null : category.Trim(), search);
    }

    public static CategoryListView Categories() => new(RecipeCatalog.Categories());

    /// <summary>The recipe with its blueprint; an id the original would refuse (<c>^[A-Za-z0-9_-]{1,100}$</c>) is <c>INVALID_INPUT</c>.</summary>
    public static RecipeDto Get(string recipeId)
    {
        if (!IdShape().IsMatch(recipeId))
            throw NotionForgeErrors.InvalidInput("recipe_id", "'recipe_id' must be 1–100 letters, digits, '_' or '-'.");
        return RecipeCatalog.Find(recipeId) ?? throw NotionForgeErrors.NotFound($"Recipe '{recipeId}'", "recipe_id");
    }

    public async Task<GenerateResultView> GenerateAsync(string recipeId, RecipeGenerateRequest request, CancellationToken ct)
    {
        var recipe = Get(recipeId);
        var parent = NotionIds.Normalize(request.ParentPageId, "parent_page_id");
        var credential = await credentials.ResolveAsync(request.NotionToken, "notion_token", ct);
        return await generation.SubmitAndWaitAsync(
            new GenerationSubmission("recipe", credential.Token, credential.FromConnection, parent, null, recipe.Blueprint, new PlanOptions()), ct);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex IdShape();
}

/// <summary><c>POST /api/recipes/{id}/generate</c> (seed): where to create it; the token may come from the tenant's connection.</summary>
public sealed record RecipeGenerateRequest(string? NotionToken, string? ParentPageId);

/// <summary><c>GET /api/recipes/categories/list</c>: the original's <c>{categories: [sorted unique]}</c>.</summary>
public sealed record CategoryListView(IReadOnlyList<string> Categories);
