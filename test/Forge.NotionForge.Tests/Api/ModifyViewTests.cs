using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// <c>POST /api/templates/{page_id}/modify</c> adds, renames and removes views (ADR 58) through the real host against the
/// fake Notion server: a diff against the views the database has, one request per change, nothing else touched.
/// </summary>
public sealed class ModifyViewTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    private async Task<JsonObject> ModifyAsync(HttpClient client, string page, string prompt, string token)
    {
        using var response = await client.PostAsJsonAsync($"/api/templates/{page}/modify", new { prompt, notion_token = token });
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private IEnumerable<string> Views(string database) =>
        fixture.Notion.Store.ViewsOf(database).Select(v => $"{v.ViewName}:{v.ViewType}");

    [Fact]
    public async Task Views_are_added_renamed_and_removed_and_nothing_else_changes()
    {
        var (_, client, token) = await fixture.TenantAsync();
        using var setup = new ModifySetup(fixture.Notion);
        var (database, source) = await setup.DatabaseAsync("Tasks", "Write spec");
        var schema = setup.Schema(source).ToJsonString();
        var outline = fixture.Notion.Store.Outline(setup.Page);
        Views(database).ShouldBe(["Table:table"]);

        var added = await ModifyAsync(client, setup.Page, "add a board view grouped by 'Status'; add a calendar view 'Deadlines' by 'Due'", token);
        added["modifications"]!.AsArray().Select(m => $"{m!["action"]} {m["view"]} {m["type"]} {m["property"]}")
            .ShouldBe(["add_view Board board Status", "add_view Deadlines calendar Due"]);
        Views(database).ShouldBe(["Table:table", "Board:board", "Deadlines:calendar"]);
        var ids = setup.Schema(source);
        var board = fixture.Notion.Store.ViewsOf(database)[1].Body["configuration"]!;
        board["group_by"]!["property_id"]!.GetValue<string>().ShouldBe(ids["Status"]!["id"]!.GetValue<string>());
        board["group_by"]!["type"]!.GetValue<string>().ShouldBe("select");
        fixture.Notion.Store.ViewsOf(database)[2].Body["configuration"]!["date_property_id"]!.GetValue<string>()
            .ShouldBe(ids["Due"]!["id"]!.GetValue<string>());

        var (boardId, deadlinesId) = (fixture.Notion.Store.ViewsOf(database)[1].Id, fixture.Notion.Store.ViewsOf(database)[2].Id);
        await ModifyAsync(client, setup.Page, "rename the 'Board' view to 'Kanban'", token);
        await ModifyAsync(client, setup.Page, "'Deadlines' 뷰 삭제해줘", token);
        Views(database).ShouldBe(["Table:table", "Kanban:board"]);

        var again = await ModifyAsync(client, setup.Page, "add a board view 'Kanban' by 'Status' and add 1 row", token);
        again["unchanged"]!.AsArray().Single()!.GetValue<string>().ShouldContain("Kanban");
        Views(database).ShouldBe(["Table:table", "Kanban:board"]);

        setup.Schema(source).ToJsonString().ShouldBe(schema); // the schema is untouched
        fixture.Notion.Store.Outline(setup.Page).Replace("    page: New item 1\n", "").ShouldBe(outline);
        fixture.Notion.Log.For(token).Where(e => e.Method != "GET").Select(e => $"{e.Method} {e.Path.Split('?')[0]}").ShouldBe([
            "POST /v1/views", "POST /v1/views",
            $"PATCH /v1/views/{boardId}", $"DELETE /v1/views/{deadlinesId}",
            "POST /v1/pages",
        ]);
    }

    [Fact]
    public async Task A_view_added_with_its_property_in_one_prompt_groups_by_the_new_property()
    {
        var (_, client, token) = await fixture.TenantAsync();
        using var setup = new ModifySetup(fixture.Notion);
        var (database, source) = await setup.DatabaseAsync("Tasks", "Row");

        await ModifyAsync(client, setup.Page, "add a 'Stage' select property with options A, B and add a board view 'Stages' by 'Stage'", token);

        var view = fixture.Notion.Store.ViewsOf(database).Single(v => v.ViewName == "Stages");
        view.Body["configuration"]!["group_by"]!["property_id"]!.GetValue<string>().ShouldBe(setup.Schema(source)["Stage"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("rename the 'Gallery' view to 'Cards'", "no view 'Gallery'")]
    [InlineData("remove the 'Table' view", "last view")]
    [InlineData("add a calendar view by 'Status'", "needs a date property")]
    [InlineData("add a table view 'Table'", "Nothing to change")]
    public async Task A_view_change_that_cannot_be_made_is_INVALID_INPUT_and_sends_nothing(string prompt, string message)
    {
        var (_, client, token) = await fixture.TenantAsync();
        using var setup = new ModifySetup(fixture.Notion);
        var (database, _) = await setup.DatabaseAsync("Tasks", "Row");

        using var response = await client.PostAsJsonAsync($"/api/templates/{setup.Page}/modify", new { prompt, notion_token = token });
        var error = await response.ErrorAsync(400, "INVALID_INPUT");
        error.GetProperty("field").GetString().ShouldBe("prompt");
        error.GetProperty("message").GetString()!.ShouldContain(message);
        Views(database).ShouldBe(["Table:table"]);
        fixture.Notion.Log.For(token).ShouldNotContain(e => e.Method != "GET");
    }
}
