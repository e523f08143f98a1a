using System.Net.Http.Json;
using System.Text;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11 acceptance 5 for the connection (ADR 54, 59): a tenant's Notion connection is never used for another tenant.
/// A connection has no id on the API, so "another tenant's connection" is every entry point that falls back to the
/// connection when no <c>notion_token</c> is sent: for a tenant without one each is refused naming
/// <c>notion_token</c> (or <c>connection</c> for the workspace actions, which never take a token) — nothing reaches
/// Notion with the first tenant's token — while the owner's calls still work.
/// </summary>
[ProviderSensitive]
public sealed class ConnectionIsolationTests(SweepFixture fixture) : IClassFixture<SweepFixture>
{
    [Fact]
    public async Task Another_tenant_can_use_the_connection_through_no_entry_point()
    {
        var (_, owner, ownerKey, _) = await fixture.TenantAsync();
        var (_, other, otherKey, _) = await fixture.TenantAsync();
        using var oauth = fixture.Host.NoRedirects(ownerKey);
        await OAuthFlow.ConnectAsync(fixture.Host, fixture.Notion, oauth, "Owner space", SweepFixture.FrontendUrl);
        var parent = fixture.Notion.AddPage("Owner parent");
        var calls = fixture.Notion.Log.Entries.Count;
        var prompt = new { prompt = "독서 기록장 만들어줘", parent_page_id = parent };

        await RefusedAsync(await other.PostAsJsonAsync("/api/tasks/submit", prompt), "notion_token");
        await RefusedAsync(await other.PostAsJsonAsync("/api/templates/generate", prompt), "notion_token");
        await RefusedAsync(await other.PostAsJsonAsync("/api/templates/generate/stream", prompt), "notion_token");
        await RefusedAsync(await other.PostAsJsonAsync("/api/recipes/reading-log/generate", new { parent_page_id = parent }), "notion_token");
        await RefusedAsync(await other.PostAsync("/api/templates/document-to-notion",
            CatalogDocumentTests.Form("notes.md", Encoding.UTF8.GetBytes("# Notes\n\nHello."), null, parent)), "notion_token");
        await RefusedAsync(await other.PostAsJsonAsync($"/api/templates/{parent}/modify", new { prompt = "add a 'Priority' select property" }), "notion_token");
        await RefusedAsync(await other.GetAsync("/api/templates/search?q=Owner"), "connection");
        await RefusedAsync(await other.PostAsync($"/api/templates/{parent}/archive", null), "connection");
        await using (var chat = await ChatSocket.ConnectAsync(fixture.Host, otherKey))
        {
            await chat.SendAsync(new { type = "init", parent_page_id = parent });
            await chat.ExpectErrorAsync("INVALID_INPUT", "notion_token");
        }
        (await (await other.GetAsync("/api/oauth/status")).JsonAsync()).GetProperty("connected").GetBoolean().ShouldBeFalse();
        fixture.Notion.Log.Entries.Count.ShouldBe(calls); // nothing reached Notion for the other tenant

        using var mine = await owner.GetAsync("/api/templates/search?q=Owner");
        ((int)mine.StatusCode).ShouldBe(200, await mine.Content.ReadAsStringAsync());
        (await (await owner.GetAsync("/api/oauth/status")).JsonAsync()).GetProperty("connected").GetBoolean().ShouldBeTrue();
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string field)
    {
        using (response)
            (await response.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe(field);
    }
}
