using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Hosting.Connections;
using Forge.Hosting.MultiTenancy;
using Forge.NotionForge.Tests.Blueprints;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11 acceptance 5 for the connection (ADR 54, 59, 62). A connection has no id on the API, so "another tenant's
/// connection" is every route that would act with "the tenant's connection": for any other tenant it does not exist.
/// ADR 62's one rule for its absence: where the request could carry <c>notion_token</c> it is 400 <c>INVALID_INPUT</c>
/// naming that field; where only the connection can serve (workspace actions, rollback of a task made with it) it is
/// 404 <c>NOT_FOUND</c> naming <c>connection</c> — the answer a tenant gets once its own connection is gone. Nothing
/// reaches Notion for the other tenant, and the first tenant's pages, used by the other with its own credentials,
/// reach Notion with those credentials only.
/// </summary>
[ProviderSensitive]
public sealed class ConnectionIsolationTests(SweepFixture fixture) : IClassFixture<SweepFixture>
{
    [Fact]
    public async Task Another_tenants_connection_does_not_exist_on_any_route()
    {
        var (ownerId, owner, ownerKey, _) = await fixture.TenantAsync();
        var (_, other, otherKey, _) = await fixture.TenantAsync();
        using var oauth = fixture.Host.NoRedirects(ownerKey);
        await OAuthFlow.ConnectAsync(fixture.Host, fixture.Notion, oauth, "Owner space", SweepFixture.FrontendUrl);
        var parent = fixture.Notion.AddPage("Owner parent");
        var ownerTask = await owner.SubmitAsync(Body(new { parent_page_id = parent, blueprint = Blueprint() }));
        (await owner.FinishedAsync(ownerTask)).Status().ShouldBe("completed");
        var calls = fixture.Notion.Log.Entries.Count;
        var prompt = new { prompt = "독서 기록장 만들어줘", parent_page_id = parent };

        // Routes whose body could have carried a token: the caller's missing input.
        await InvalidAsync(await other.PostAsJsonAsync("/api/tasks/submit", prompt));
        await InvalidAsync(await other.PostAsJsonAsync("/api/templates/generate", prompt));
        await InvalidAsync(await other.PostAsJsonAsync("/api/templates/generate/stream", prompt));
        await InvalidAsync(await other.PostAsJsonAsync("/api/recipes/reading-log/generate", new { parent_page_id = parent }));
        await InvalidAsync(await other.PostAsync("/api/templates/document-to-notion",
            CatalogDocumentTests.Form("notes.md", Encoding.UTF8.GetBytes("# Notes\n\nHello."), null, parent)));
        await InvalidAsync(await other.PostAsJsonAsync($"/api/templates/{parent}/modify", new { prompt = "add a 'Priority' select property" }));
        await using (var chat = await ChatSocket.ConnectAsync(fixture.Host, otherKey))
        {
            await chat.SendAsync(new { type = "init", parent_page_id = parent });
            await chat.ExpectErrorAsync("INVALID_INPUT", "notion_token");
        }

        // Routes that act with the connection only: a missing resource, and the same answer on each.
        var missing = new List<string>();
        foreach (var call in ConnectionOnly(parent))
            missing.Add(await NoConnectionAsync(await call(other)));
        missing.Distinct().ShouldHaveSingleItem();
        (await (await other.GetAsync("/api/oauth/status")).JsonAsync()).GetProperty("connected").GetBoolean().ShouldBeFalse();
        fixture.Notion.Log.Entries.Count.ShouldBe(calls); // nothing reached Notion for the other tenant

        // The owner's connection works on every one of those routes...
        foreach (var call in ConnectionOnly(parent))
        {
            using var mine = await call(owner);
            ((int)mine.StatusCode).ShouldBe(200, await mine.Content.ReadAsStringAsync());
        }
        // ...and once it is gone the owner gets exactly the other tenant's answer, its rollback included.
        (await DisconnectAsync(ownerId)).ShouldBeTrue();
        foreach (var call in ConnectionOnly(parent))
            (await NoConnectionAsync(await call(owner))).ShouldBe(missing[0]);
        (await NoConnectionAsync(await owner.PostAsync($"/api/tasks/{ownerTask}/rollback", null))).ShouldBe(missing[0]);
        await InvalidAsync(await owner.PostAsJsonAsync("/api/templates/generate", prompt));
    }

    [Fact]
    public async Task The_first_tenants_pages_reach_Notion_with_the_other_tenants_credentials_only()
    {
        var (_, owner, ownerKey, _) = await fixture.TenantAsync();
        var (_, other, otherKey, otherToken) = await fixture.TenantAsync();
        var ownerConnection = await ConnectAsync(ownerKey, "Owner space");
        var parent = fixture.Notion.AddPage("Shared parent");
        using var generated = await owner.PostAsJsonAsync("/api/templates/generate", Generate(parent, token: null));
        var ownersPage = (await generated.JsonAsync()).GetProperty("page_id").GetString()!;
        fixture.Notion.Log.For(ownerConnection).ShouldNotBeEmpty(); // the owner's page was made with the owner's connection
        var otherConnection = await ConnectAsync(otherKey, "Other space");
        var mark = fixture.Notion.Log.Entries.Count;

        // The owner's page ids in the other tenant's calls, with a token in the body...
        await OkAsync(await other.PostAsJsonAsync($"/api/templates/{ownersPage}/modify",
            new { prompt = "add a 'Priority' select property", notion_token = otherToken }));
        await OkAsync(await other.PostAsJsonAsync("/api/templates/generate", Generate(ownersPage, otherToken)));
        await OkAsync(await other.PostAsync("/api/templates/document-to-notion",
            CatalogDocumentTests.Form("notes.md", Encoding.UTF8.GetBytes("# Notes\n\nHello."), otherToken, ownersPage)));
        var task = await other.SubmitAsync(Body(new { notion_token = otherToken, parent_page_id = ownersPage, blueprint = Blueprint() }));
        (await other.FinishedAsync(task)).Status().ShouldBe("completed");
        // ...and with its own connection: without a token, and on the connection-only routes.
        await OkAsync(await other.PostAsJsonAsync("/api/recipes/reading-log/generate", new { parent_page_id = ownersPage }));
        foreach (var call in ConnectionOnly(ownersPage)) await OkAsync(await call(other));

        var sent = fixture.Notion.Log.Entries.Skip(mark).Where(e => !e.Path.Contains("oauth", StringComparison.Ordinal)).ToList();
        sent.ShouldNotBeEmpty();
        sent.ShouldAllBe(e => e.Token == otherToken || e.Token == otherConnection);
        sent.ShouldContain(e => e.Token == otherToken);
        sent.ShouldContain(e => e.Token == otherConnection);
        sent.ShouldNotContain(e => e.Token == ownerConnection);
    }

    /// <summary>The routes that act with the tenant's connection only (search, comment, lock, archive).</summary>
    private static IEnumerable<Func<HttpClient, Task<HttpResponseMessage>>> ConnectionOnly(string page) =>
    [
        c => c.GetAsync("/api/templates/search?q=Owner"),
        c => c.PostAsync($"/api/templates/{page}/comment?text=Hello", null),
        c => c.PostAsync($"/api/templates/{page}/lock?locked=true", null),
        c => c.PostAsync($"/api/templates/{page}/archive", null),
    ];

    private static async Task InvalidAsync(HttpResponseMessage response)
    {
        using (response)
            (await response.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("notion_token");
    }

    /// <summary>Asserts 404 <c>NOT_FOUND</c> naming <c>connection</c> and returns the error's message.</summary>
    private static async Task<string> NoConnectionAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var error = await response.ErrorAsync(404, "NOT_FOUND");
            error.GetProperty("field").GetString().ShouldBe("connection");
            return error.GetProperty("message").GetString()!;
        }
    }

    private static async Task OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBe(200, text);
            if (JsonSerializer.Deserialize<JsonElement>(text).TryGetProperty("success", out var success)) success.GetBoolean().ShouldBeTrue(text);
        }
    }

    /// <summary>Connects the key's tenant through OAuth and returns the token Notion issued for it.</summary>
    private async Task<string> ConnectAsync(string key, string workspace)
    {
        using var client = fixture.Host.NoRedirects(key);
        var code = await OAuthFlow.ConnectAsync(fixture.Host, fixture.Notion, client, workspace, SweepFixture.FrontendUrl);
        using var exchange = await client.PostAsync($"/api/oauth/exchange?code={code}", null);
        return (await exchange.JsonAsync()).GetProperty("oauth_token").GetString()!;
    }

    /// <summary>What the console's disconnect does, in the tenant's scope.</summary>
    private Task<bool> DisconnectAsync(Guid tenant) => fixture.Host.InScopeAsync(async sp =>
    {
        using var _ = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
        var source = sp.GetServices<ITenantConnectionSource>().Single();
        var connection = (await source.ListAsync(CancellationToken.None)).Single();
        return await source.DisconnectAsync(connection.Id, CancellationToken.None);
    });

    private static object Generate(string parent, string? token) =>
        new { prompt = "간단한 습관 트래커 만들어줘", notion_token = token, parent_page_id = parent, options = new { complexity = "simple", include_sample_data = false } };

    private static JsonElement Blueprint() =>
        JsonDocument.Parse(Forge.NotionForge.Blueprints.BlueprintJson.Serialize(SampleBlueprints.Valid())).RootElement;

    private static StringContent Body(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
