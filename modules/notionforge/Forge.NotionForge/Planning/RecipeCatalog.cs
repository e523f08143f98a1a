using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Planning;

/// <summary>
/// The built-in recipes: <c>Planning/Data/Recipes/&lt;id&gt;.json</c>, each the seed's summary fields plus a full
/// blueprint, loaded once. Listing filters as the original did: <c>category</c> exact, <c>search</c> a
/// case-insensitive substring of name, description or a tag (both languages).
/// </summary>
public static class RecipeCatalog
{
    private static readonly Lazy<IReadOnlyList<RecipeDto>> Recipes = new(() => EmbeddedData.Load<RecipeDto>("Recipes"));

    public static IReadOnlyList<RecipeDto> All => Recipes.Value;

    public static RecipeDto? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    public static IReadOnlyList<RecipeSummaryDto> List(string? category = null, string? search = null) =>
        All.Where(r => category is null || r.Category == category)
            .Where(r => string.IsNullOrWhiteSpace(search) || Matches(r, search.Trim()))
            .Select(r => (RecipeSummaryDto)r)
            .ToList();

    public static IReadOnlyList<string> Categories() => All.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal).ToList();

    private static bool Matches(RecipeSummaryDto r, string search) =>
        new[] { r.Name, r.NameEn, r.Description, r.DescriptionEn }.Concat(r.Tags)
            .Any(text => text?.Contains(search, StringComparison.OrdinalIgnoreCase) == true);
}
