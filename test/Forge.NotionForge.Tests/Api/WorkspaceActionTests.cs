using System.Net;
using System.Text.Json.Nodes;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Search, comment, lock and archive through the real host against the fake Notion server (seed §8, ADR 54): always
/// with the tenant's connection's token, never a request's token; bad input and Notion's refusals in the envelope.
/// </summary>
[ProviderSensitive]
public sealed class WorkspaceActionTests(NotionOAuthHostFixture fixture) : IClassFixture<NotionOAuthHostFixture>
{
    private TestHost Host => fixture.Host;
    private FakeNotionServer Notion => fixture.Notion;

    [Fact]
    public async Task Search_comment_lock_and_archive_act_with_the_connections_token_only()
    {
        var (client, token) = await ConnectedTenantAsync();
        var stranger = Notion.AddToken(); // a valid Notion token the request tries to slip in
        var marker = "Roadmap" + Guid.NewGuid().ToString("N")[..8];
        var pageId = Notion.AddPage($"{marker} 2027");
        var before = Notion.Log.Entries.Count;

        using (var search = await client.GetAsync($"/api/templates/search?q={marker}&notion_token={stranger}"))
        {
            search.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = await search.JsonAsync();
            var hit = body.GetProperty("results").EnumerateArray().ShouldHaveSingleItem();
            hit.GetProperty("id").GetString().ShouldBe(pageId);
            hit.GetProperty("object").GetString().ShouldBe("page");
            hit.GetProperty("title").GetString().ShouldBe($"{marker} 2027");
            body.GetProperty("count").GetInt32().ShouldBe(1);
            body.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        }

        var compact = pageId.Replace("-", "", StringComparison.Ordinal);
        using (var comment = await client.PostAsync($"/api/templates/{compact}/comment?text={Uri.EscapeDataString("Looks good")}", null))
        {
            comment.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = await comment.JsonAsync();
            body.GetProperty("page_id").GetString().ShouldBe(pageId);
            var id = body.GetProperty("comment_id").GetString()!;
            var stored = Notion.Store.Find(id).ShouldNotBeNull();
            stored.ParentId.ShouldBe(pageId);
            stored.Body["rich_text"]!.AsArray().Single()!["text"]!["content"]!.GetValue<string>().ShouldBe("Looks good");
        }

        using (var locked = await client.PostAsync($"/api/templates/{pageId}/lock?locked=true", null))
            (await locked.JsonAsync()).GetProperty("locked").GetBoolean().ShouldBeTrue();
        Locked(pageId).ShouldBe(true);
        using (var unlocked = await client.PostAsync($"/api/templates/{pageId}/lock?locked=false", null))
            (await unlocked.JsonAsync()).GetProperty("locked").GetBoolean().ShouldBeFalse();
        Locked(pageId).ShouldBe(false);

        using (var archive = await client.PostAsync($"/api/templates/{pageId}/archive", null))
        {
            archive.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await archive.JsonAsync()).GetProperty("in_trash").GetBoolean().ShouldBeTrue();
        }
        Notion.Store.Find(pageId).ShouldNotBeNull().InTrash.ShouldBeTrue();

        var calls = Notion.Log.Entries.Skip(before).ToList();
        calls.Count.ShouldBe(5);
        calls.ShouldAllBe(c => c.Token == token);
    }

    [Fact]
    public async Task Bad_input_and_Notions_refusals_answer_the_seeds_codes()
    {
        var (client, _) = await ConnectedTenantAsync();
        var pageId = Notion.AddPage("Target");

        await Field(await client.PostAsync($"/api/templates/{pageId}/lock?locked=maybe", null), 400, "INVALID_INPUT", "locked");
        await Field(await client.PostAsync("/api/templates/not-a-page/archive", null), 400, "INVALID_INPUT", "page_id");
        await Field(await client.PostAsync($"/api/templates/{pageId}/comment", null), 400, "INVALID_INPUT", "text");
        await Field(await client.PostAsync($"/api/templates/{pageId}/comment?text={new string('a', 2001)}", null), 400, "INVALID_INPUT", "text");
        await Field(await client.GetAsync($"/api/templates/search?q={new string('q', 201)}"), 400, "INVALID_INPUT", "q");

        // A page the connection cannot see: Notion's object_not_found is NOT_FOUND (ADR 41).
        using (var missing = await client.PostAsync($"/api/templates/{Guid.NewGuid()}/archive", null))
            await missing.ErrorAsync(404, "NOT_FOUND");
        // Notion refusing the token (e.g. the user removed the integration) is NOTION_AUTH_FAILED.
        Notion.EnqueueFault(new FakeNotionFault(401, "unauthorized", "API token is invalid."));
        using (var refused = await client.GetAsync("/api/templates/search?q=x"))
            await refused.ErrorAsync(401, "NOTION_AUTH_FAILED");
    }

    [Fact]
    public async Task Without_a_connection_every_action_is_not_found_even_with_a_notion_token()
    {
        var tenant = await Host.CreateTenantAsync(fixture.UniqueName("unconnected"));
        using var client = Host.ClientWithKey(await Host.CreateKeyAsync(tenant, Products.NotionForge));
        var token = Notion.AddToken();
        var pageId = Notion.AddPage("Nobody's");
        await Field(await client.GetAsync($"/api/templates/search?q=x&notion_token={token}"), 404, "NOT_FOUND", "connection"); // ADR 62
        await Field(await client.PostAsync($"/api/templates/{pageId}/comment?text=hi", null), 404, "NOT_FOUND", "connection"); // ADR 62
        await Field(await client.PostAsync($"/api/templates/{pageId}/lock", null), 404, "NOT_FOUND", "connection"); // ADR 62
        await Field(await client.PostAsync($"/api/templates/{pageId}/archive", null), 404, "NOT_FOUND", "connection"); // ADR 62
    }

    private async Task<(HttpClient Client, string Token)> ConnectedTenantAsync()
    {
        var tenant = await Host.CreateTenantAsync(fixture.UniqueName("workspace"));
        var key = await Host.CreateKeyAsync(tenant, Products.NotionForge);
        var client = Host.NoRedirects(key);
        var code = await fixture.ConnectAsync(client, "Team space");
        using var exchange = await client.PostAsync($"/api/oauth/exchange?code={code}", null);
        return (client, (await exchange.JsonAsync()).GetProperty("oauth_token").GetString()!);
    }

    private bool? Locked(string pageId)
    {
        return (Notion.Store.Find(pageId)!.Body["is_locked"] as JsonValue)?.GetValue<bool>();
    }

    private static async Task Field(HttpResponseMessage response, int status, string code, string field)
    {
        using (response) (await response.ErrorAsync(status, code)).GetProperty("field").GetString().ShouldBe(field);
    }
}
