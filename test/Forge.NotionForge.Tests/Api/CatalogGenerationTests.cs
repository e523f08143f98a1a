using System.Net.Http.Json;
using System.Text;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Recipes and documents generated through the one task path (ADR 42, 51, 52) against the fake Notion server: the
/// seed's generate body, the tree Notion holds, and the task belonging to its tenant only. Needs the tasks area.
/// </summary>
[ProviderSensitive]
public sealed class CatalogGenerationTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task A_recipe_generates_its_blueprint_as_is_and_answers_the_seeds_generate_body()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var (_, other, _) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Recipes");
        var recipe = RecipeCatalog.All.MinBy(r => BlueprintEstimator.Estimate(r.Blueprint).NotionCalls)!;

        using var response = await client.PostAsJsonAsync($"/api/recipes/{recipe.Id}/generate", new { notion_token = token, parent_page_id = parent });
        var body = await response.JsonAsync();

        ((int)response.StatusCode).ShouldBe(200, body.ToString());
        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        var root = fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
        root.Text.ShouldBe(recipe.Blueprint.Title);
        body.GetProperty("page_id").GetString().ShouldBe(root.Id);
        body.GetProperty("notion_url").GetString().ShouldNotBeNullOrWhiteSpace();
        var summary = body.GetProperty("summary");
        summary.GetProperty("databases").GetInt32().ShouldBe(recipe.Blueprint.Databases.Count);
        summary.GetProperty("pages").GetInt32().ShouldBe(1 + recipe.Blueprint.SubPages.Count);
        fixture.Notion.Store.All.Count(n => n.Type == "database" && recipe.Blueprint.Databases.Any(d => d.Title == n.Text))
            .ShouldBeGreaterThanOrEqualTo(recipe.Blueprint.Databases.Count);

        // The task is its tenant's: another tenant cannot see it.
        var taskId = body.GetProperty("task_id").GetString()!;
        (await (await client.GetAsync($"/api/tasks/{taskId}")).JsonAsync()).GetProperty("status").GetString().ShouldBe("completed");
        await (await other.GetAsync($"/api/tasks/{taskId}")).ErrorAsync(404, "NOT_FOUND");
    }

    [Fact]
    public async Task A_recipe_with_a_token_Notion_refuses_answers_NOTION_AUTH_FAILED_with_the_task()
    {
        var (_, client, _) = await fixture.TenantAsync();
        using var response = await client.PostAsJsonAsync("/api/recipes/reading-log/generate",
            new { notion_token = "ntn_not_accepted", parent_page_id = fixture.Notion.AddPage("Recipes") });
        var error = await response.ErrorAsync(401, "NOTION_AUTH_FAILED");
        error.GetProperty("details").GetProperty("task_id").GetString()!.ShouldMatch("^[0-9a-f]{12}$");
    }

    [Fact]
    public async Task A_Markdown_document_becomes_a_page_with_its_structure()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Docs");
        const string markdown = "# Guide\n\nIntro with **bold** text.\n\n## Steps\n- one\n  - one.a\n- two\n\n> a quote\n\n```python\nprint(1)\n```\n\n---\n";
        using var form = CatalogDocumentTests.Form("guide.md", Encoding.UTF8.GetBytes(markdown), token, parent);
        using var response = await client.PostAsync("/api/templates/document-to-notion", form);
        var body = await response.JsonAsync();

        ((int)response.StatusCode).ShouldBe(200, body.ToString());
        var root = fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
        root.Text.ShouldBe("Guide");
        body.GetProperty("page_id").GetString().ShouldBe(root.Id);
        fixture.Notion.Store.Outline(root.Id).ShouldBe(
            "paragraph: Intro with bold text.\nheading_2: Steps\nbulleted_list_item: one\n  bulleted_list_item: one.a\nbulleted_list_item: two\n"
            + "quote: a quote\ncode: print(1)\ndivider: \n");
        var code = fixture.Notion.Store.ChildrenOf(root.Id).Single(b => b.Type == "code");
        code.Body["code"]!["language"]!.GetValue<string>().ShouldBe("python");
    }

    [Fact]
    public async Task Formatting_reaches_Notion_as_rich_text_annotations()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Docs");
        using var form = CatalogDocumentTests.Form("f.md", "Plain **bold** and [a link](https://example.com/x)."u8.ToArray(), token, parent);
        (await client.PostAsync("/api/templates/document-to-notion", form)).EnsureSuccessStatusCode();

        var paragraph = fixture.Notion.Store.ChildrenOf(fixture.Notion.Store.ChildrenOf(parent).Single().Id).Single();
        var runs = paragraph.Body["paragraph"]!["rich_text"]!.AsArray();
        runs.Single(r => r!["annotations"]?["bold"]?.GetValue<bool>() == true)!["text"]!["content"]!.GetValue<string>().ShouldBe("bold");
        runs.Single(r => r!["text"]!["link"] is not null)!["text"]!["link"]!["url"]!.GetValue<string>().ShouldBe("https://example.com/x");
    }

    [Fact]
    public async Task A_CSV_becomes_a_database_with_typed_properties_and_every_row()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Data");
        const string csv = "Book,Pages,Finished,Read on,Genre\nDune,412,yes,2026-01-02,SF\nEmma,300,no,2026-02-03,Classic\nIlliad,500,yes,2026-03-04,Classic\nNeuromancer,271,no,2026-04-05,SF\n";
        using var form = CatalogDocumentTests.Form("books.csv", Encoding.UTF8.GetBytes(csv), token, parent);
        using var response = await client.PostAsync("/api/templates/document-to-notion", form);
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync());

        var root = fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
        root.Text.ShouldBe("books");
        var database = fixture.Notion.Store.ChildrenOf(root.Id).Single(n => n.Type == "database");
        var source = fixture.Notion.Store.ChildrenOf(database.Id).Single();
        var schema = source.Body["properties"]!.AsObject();
        schema.Select(p => $"{p.Key}:{p.Value!["type"]}").Order().ShouldBe(
            ["Book:title", "Finished:checkbox", "Genre:select", "Pages:number", "Read on:date"]);
        var rows = fixture.Notion.Store.ChildrenOf(source.Id);
        rows.Select(r => r.Text).ShouldBe(["Dune", "Emma", "Illiad", "Neuromancer"]);
        rows[0].Body["properties"]!["Pages"]!["number"]!.GetValue<double>().ShouldBe(412);
    }
}
