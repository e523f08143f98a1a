using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// A generation creates the blueprint's views through Notion's Views API (ADR 58), page bodies ride with their
/// creates, and the estimate is exactly the calls sent; the fake refuses a view Notion would refuse.
/// </summary>
[ProviderSensitive]
public sealed class ViewGenerationTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task Each_database_gets_its_blueprint_views_and_the_estimate_is_the_calls_sent()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid()));
        var task = await client.FinishedAsync(taskId);
        task.Status().ShouldBe("completed", task.ToString());

        var root = fixture.Notion.Store.ChildrenOf(parent).Single();
        var databases = fixture.Notion.Store.ChildrenOf(root.Id).Where(n => n.Type == "database").ToDictionary(d => d.Text);
        string IdOf(string database, string property) =>
            fixture.Notion.Store.ChildrenOf(databases[database].Id).Single().Body["properties"]![property]!["id"]!.GetValue<string>();

        var projects = fixture.Notion.Store.ViewsOf(databases["Projects"].Id);
        projects.Select(v => $"{v.ViewName}:{v.ViewType}").ShouldBe([$"{FakeNotionServer.DefaultViewName}:table", "Calendar:calendar"]);
        projects[1].Body["configuration"]!["date_property_id"]!.GetValue<string>().ShouldBe(IdOf("Projects", "Due"));
        var tasks = fixture.Notion.Store.ViewsOf(databases["Tasks"].Id);
        tasks.Select(v => $"{v.ViewName}:{v.ViewType}").ShouldBe([$"{FakeNotionServer.DefaultViewName}:table", "Board:board"]);
        tasks[1].Body["configuration"]!["group_by"]!["property_id"]!.GetValue<string>().ShouldBe(IdOf("Tasks", "Status"));

        var log = fixture.Notion.Log.For(token);
        log.Count(e => e.Status == 200).ShouldBe(BlueprintEstimator.Estimate(SampleBlueprints.Valid()).NotionCalls);
        log.Count(e => e.Method == "POST" && e.Path == "/v1/views").ShouldBe(2);
        // The sub page's paragraph went with its create: the only append is the main page's links.
        log.Count(e => e.Method == "PATCH" && e.Path.EndsWith("/children", StringComparison.Ordinal)).ShouldBe(1);
        task.GetProperty("result").GetProperty("created").EnumerateArray().Count(c => c.GetProperty("kind").GetString() == "view").ShouldBe(2);
    }

    [Fact]
    public async Task The_fake_refuses_a_board_without_a_select_property_and_an_unknown_data_source_as_Notion_does()
    {
        using var http = new HttpClient { BaseAddress = fixture.Notion.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Notion.AddToken());
        http.DefaultRequestHeaders.Add("Notion-Version", "2025-09-03");
        using var setup = new ModifySetup(fixture.Notion);
        var (database, source) = await setup.DatabaseAsync("Tasks");
        var notesId = setup.Schema(source)["Notes"]!["id"]!.GetValue<string>();

        async Task<JsonElement> Refused(JsonObject body, HttpStatusCode status)
        {
            using var response = await http.PostAsJsonAsync("v1/views", body);
            response.StatusCode.ShouldBe(status);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var board = await Refused(new JsonObject
        {
            ["database_id"] = database, ["data_source_id"] = source, ["name"] = "Board", ["type"] = "board",
            ["configuration"] = new JsonObject { ["type"] = "board", ["group_by"] = new JsonObject { ["type"] = "select", ["property_id"] = notesId, ["sort"] = new JsonObject { ["type"] = "manual" } } },
        }, HttpStatusCode.BadRequest);
        board.GetProperty("object").GetString().ShouldBe("error");
        board.GetProperty("code").GetString().ShouldBe("validation_error");
        board.GetProperty("message").GetString()!.ShouldContain("select or status");

        var calendar = await Refused(new JsonObject { ["database_id"] = database, ["data_source_id"] = source, ["name"] = "Cal", ["type"] = "calendar" }, HttpStatusCode.BadRequest);
        calendar.GetProperty("message").GetString()!.ShouldContain("date_property_id");

        var unknown = await Refused(new JsonObject { ["database_id"] = database, ["data_source_id"] = Guid.NewGuid().ToString(), ["name"] = "T", ["type"] = "table" }, HttpStatusCode.NotFound);
        unknown.GetProperty("code").GetString().ShouldBe("object_not_found");
        fixture.Notion.Store.ViewsOf(database).Select(v => v.ViewName).ShouldBe([FakeNotionServer.DefaultViewName]);
    }
}
