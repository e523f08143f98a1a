using System.Net;
using System.Net.Http.Json;

namespace Forge.NotionForge.Tests.Api;

/// <summary>Recipes through the real host (seed §5, ADR 52): the bare-array list and its filters, a recipe with its blueprint, categories.</summary>
public sealed class CatalogRecipeTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task The_list_is_a_bare_array_of_summaries_without_blueprints()
    {
        var (_, client, _) = await fixture.TenantAsync();
        var list = await (await client.GetAsync("/api/recipes")).JsonAsync();

        list.GetArrayLength().ShouldBeGreaterThanOrEqualTo(6);
        foreach (var recipe in list.EnumerateArray())
        {
            recipe.GetProperty("id").GetString().ShouldNotBeNullOrWhiteSpace();
            recipe.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
            recipe.GetProperty("category").GetString().ShouldNotBeNullOrWhiteSpace();
            recipe.GetProperty("tags").GetArrayLength().ShouldBeGreaterThan(0);
            recipe.TryGetProperty("blueprint", out _).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Category_and_search_filter_in_Korean_and_English()
    {
        var (_, client, _) = await fixture.TenantAsync();
        var all = (await (await client.GetAsync("/api/recipes")).JsonAsync()).EnumerateArray().ToList();
        var category = all[0].GetProperty("category").GetString()!;

        var byCategory = await (await client.GetAsync($"/api/recipes?category={category}")).JsonAsync();
        byCategory.EnumerateArray().ShouldAllBe(r => r.GetProperty("category").GetString() == category);
        byCategory.GetArrayLength().ShouldBe(all.Count(r => r.GetProperty("category").GetString() == category));

        var english = await (await client.GetAsync("/api/recipes?search=CRM")).JsonAsync();
        english.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("crm-dashboard");
        var korean = await (await client.GetAsync($"/api/recipes?search={Uri.EscapeDataString("독서")}")).JsonAsync();
        korean.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe(["reading-log"]);
        var none = await (await client.GetAsync("/api/recipes?search=zzzz-no-such-recipe")).JsonAsync();
        none.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_recipe_answers_with_its_blueprint_and_the_categories_are_sorted_and_unique()
    {
        var (_, client, _) = await fixture.TenantAsync();
        var recipe = await (await client.GetAsync("/api/recipes/crm-dashboard")).JsonAsync();
        recipe.GetProperty("id").GetString().ShouldBe("crm-dashboard");
        var blueprint = recipe.GetProperty("blueprint");
        blueprint.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        blueprint.GetProperty("databases").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);

        var categories = (await (await client.GetAsync("/api/recipes/categories/list")).JsonAsync()).GetProperty("categories")
            .EnumerateArray().Select(c => c.GetString()!).ToList();
        categories.ShouldNotBeEmpty();
        categories.ShouldBe(categories.Distinct().Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task An_unknown_recipe_is_NOT_FOUND_and_a_malformed_id_or_filter_INVALID_INPUT()
    {
        var (_, client, token) = await fixture.TenantAsync();
        (await (await client.GetAsync("/api/recipes/no-such-recipe")).ErrorAsync(404, "NOT_FOUND")).GetProperty("field").GetString().ShouldBe("recipe_id");
        (await (await client.GetAsync("/api/recipes/bad.id!")).ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("recipe_id");
        (await (await client.GetAsync($"/api/recipes?search={new string('x', 101)}")).ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("search");

        using var generate = await client.PostAsJsonAsync("/api/recipes/no-such-recipe/generate",
            new { notion_token = token, parent_page_id = fixture.Notion.AddPage("Root") });
        (await generate.ErrorAsync(404, "NOT_FOUND")).GetProperty("field").GetString().ShouldBe("recipe_id");
    }

    [Fact]
    public async Task Generating_with_a_parent_that_is_not_a_Notion_id_or_without_a_token_is_INVALID_INPUT()
    {
        var (_, client, token) = await fixture.TenantAsync();
        using var badParent = await client.PostAsJsonAsync("/api/recipes/reading-log/generate", new { notion_token = token, parent_page_id = "not-an-id" });
        (await badParent.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("parent_page_id");

        using var noToken = await client.PostAsJsonAsync("/api/recipes/reading-log/generate", new { parent_page_id = fixture.Notion.AddPage("Root") });
        (await noToken.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("notion_token");
        fixture.Notion.Log.Entries.ShouldNotContain(e => e.Token == token);
    }

    [Fact]
    public async Task Recipes_need_a_NotionForge_credential()
    {
        using var response = await fixture.Host.Client.GetAsync("/api/recipes");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
