using System.Text.Json.Nodes;
using Forge.NotionForge.Notion;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>The operations the module needs, on the 2025-09-03 model (databases hold data sources), against the fake.</summary>
public class NotionClientOperationTests
{
    [Fact]
    public async Task A_database_gets_its_schema_in_a_data_source_and_rows_under_the_data_source()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var root = fake.AddPage("Root");
        await using var host = NotionTestHost.Start(fake);
        var client = host.Client;

        var db = await client.CreateDatabaseAsync(token, root, "Reading log", new JsonObject
        {
            ["Title"] = new JsonObject { ["title"] = new JsonObject() },
            ["Genre"] = new JsonObject { ["select"] = new JsonObject { ["options"] = new JsonArray(new JsonObject { ["name"] = "Novel" }) } },
        });
        var row = await client.CreateRowAsync(token, db.DataSourceId, new JsonObject
        {
            ["Title"] = new JsonObject { ["title"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["content"] = "Dune" } }) },
            ["Genre"] = new JsonObject { ["select"] = new JsonObject { ["name"] = "Novel" } },
        });
        await client.UpdateDataSourceAsync(token, db.DataSourceId, new JsonObject { ["Finished"] = new JsonObject { ["checkbox"] = new JsonObject() } });
        var source = await client.RetrieveDataSourceAsync(token, db.DataSourceId);
        var database = await client.RetrieveDatabaseAsync(token, db.Id);

        row.Json.GetProperty("parent").GetProperty("data_source_id").GetString().ShouldBe(db.DataSourceId);
        source.Json.GetProperty("properties").GetProperty("Finished").GetProperty("type").GetString().ShouldBe("checkbox");
        database.Json.GetProperty("data_sources")[0].GetProperty("id").GetString().ShouldBe(db.DataSourceId);
        fake.Store.ChildrenOf(db.DataSourceId).Single().Id.ShouldBe(row.Id);
        fake.Log.For(token).ShouldAllBe(e => e.Status == 200);
    }

    [Fact]
    public async Task Pages_are_updated_trashed_listed_searched_and_commented_on()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var root = fake.AddPage("Root");
        await using var host = NotionTestHost.Start(fake);
        var client = host.Client;

        var page = await client.CreatePageAsync(token, root, "Quarterly OKR", [NotionBlocks.Paragraph("Objective")],
            icon: new JsonObject { ["type"] = "emoji", ["emoji"] = "🎯" });
        var children = await client.ListAllBlockChildrenAsync(token, page.Id);
        var found = await client.SearchAsync(token, "quarterly", "page");
        var comment = await client.CreateCommentAsync(token, page.Id, "Reviewed");
        await client.UpdatePageAsync(token, page.Id, inTrash: true);
        var trashed = await client.RetrievePageAsync(token, page.Id);
        var afterTrash = await client.SearchAsync(token, "quarterly", "page");

        children.Single().Json.GetProperty("type").GetString().ShouldBe("paragraph");
        found.Results.Single().Id.ShouldBe(page.Id);
        comment.Object.ShouldBe("comment");
        trashed.Json.GetProperty("in_trash").GetBoolean().ShouldBeTrue();
        afterTrash.Results.ShouldBeEmpty();
        fake.Log.For(token).ShouldAllBe(e => e.Status == 200);
    }

    [Fact]
    public async Task A_non_id_in_a_path_is_refused_before_sending()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var host = NotionTestHost.Start(fake);

        var e = await Should.ThrowAsync<NotionApiException>(() => host.Client.RetrievePageAsync(token, "../users/me"));

        e.Code.ShouldBe(NotionErrorCodes.ValidationError);
        fake.Log.Entries.ShouldBeEmpty();
    }
}
