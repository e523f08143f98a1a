using System.Net;
using System.Net.Security;
using System.Text.Json;
using System.Web;
using Forge.Console.Tests.Infrastructure;
using Forge.Host.Audit;
using Forge.Host.Data;
using Forge.Hosting.Connections;
using Forge.Hosting.MultiTenancy;
using Forge.TestKit.FakeNotion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Forge.Console.Tests.Journeys;

/// <summary>The console host with NotionForge, its OAuth pointed at a fake Notion server (ADR 54).</summary>
public sealed class NotionConsoleHostFixture : IAsyncLifetime
{
    public const string ClientId = "console-test-client";
    public const string FrontendUrl = "http://frontend.example/app";

    public FakeNotionServer Notion { get; private set; } = null!;
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Notion = await FakeNotionServer.StartAsync();
        Notion.RegisterOAuthClient(ClientId, "console-test-secret");
        Host = await TestHost.StartAsync(["Fortune", "WebhookPolicy", "NotionForge"], new Dictionary<string, string?>
        {
            ["Forge:NotionForge:Notion:BaseUrl"] = Notion.BaseAddress.ToString(),
            ["Forge:NotionForge:OAuth:ClientId"] = ClientId,
            ["Forge:NotionForge:OAuth:ClientSecret"] = "console-test-secret",
            ["Forge:NotionForge:OAuth:RedirectUri"] = "https://127.0.0.1/api/oauth/callback",
            ["Forge:NotionForge:OAuth:FrontendUrl"] = FrontendUrl,
        }, https: true);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (Notion is not null) await Notion.DisposeAsync();
    }
}

/// <summary>
/// A tenant admin sees the tenant's connected Notion workspace (name, when) on the Connections page and disconnects
/// it: the API then reports no connection and the audit log has the entry. The page lists what modules contribute
/// (<c>ITenantConnectionSource</c>); the host knows nothing of Notion.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotionConnectionJourneyTests(BrowserFixture browser, NotionConsoleHostFixture fixture) : IClassFixture<NotionConsoleHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Tenant_admin_sees_the_Notion_connection_and_disconnects_it()
    {
        var tenant = await Host.CreateTenantAsync("notion-co");
        await Host.CreateTenantAdminAsync("ada@notion-co.test", tenant);
        using var api = NoRedirects(await Host.CreateKeyAsync(tenant, "notionforge"));
        await ConnectAsync(api, "Acme Notion");

        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        await session.SignInAsync("ada@notion-co.test", ConsoleHost.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Connections" }).ClickAsync();
        await page.WaitForURLAsync($"**/console/tenants/{tenant.Id}/connections");
        var row = page.Locator("#connections tbody tr");
        (await row.CountAsync()).ShouldBe(1);
        (await row.TextContentAsync())!.ShouldContain("Notion");
        (await page.TextAsync("#connections .connection-name")).ShouldBe("Acme Notion");
        (await row.TextContentAsync())!.ShouldContain(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await Screenshots.SaveAsync(page, "tenant-admin-connections");

        page.AcceptConfirmations();
        await page.ClickButtonAsync("Disconnect");
        (await page.TextAsync(".flash")).ShouldContain("Acme Notion is disconnected");
        (await page.Locator("#connections tbody tr").CountAsync()).ShouldBe(0);
        (await page.TextAsync(".empty")).ShouldContain("No connected services");

        using (var status = await api.GetAsync("/api/oauth/status"))
            JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement.GetProperty("connected").GetBoolean().ShouldBeFalse();
        var audited = await Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .CountAsync(a => a.TenantId == tenant.Id && a.Action == AuditActions.ConnectionRemoved));
        audited.ShouldBe(1);

        // Usage charts list every product the tenant called, NotionForge included (authorize, exchange, status).
        await Eventually.GetAsync(async () =>
        {
            await session.GotoAsync($"/console/tenants/{tenant.Id}/usage");
            return await page.TextAsync("#chart-calls");
        }, chart => chart.Contains("notionforge", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "NotionForge's calls on the usage chart");
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_tenants_connection_can_be_neither_seen_nor_disconnected()
    {
        var mine = await Host.CreateTenantAsync("notion-mine");
        var theirs = await Host.CreateTenantAsync("notion-theirs");
        await Host.CreateTenantAdminAsync("bob@notion-mine.test", mine);
        using var theirApi = NoRedirects(await Host.CreateKeyAsync(theirs, "notionforge"));
        await ConnectAsync(theirApi, "Their Notion");
        var theirConnection = await Host.InScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ICurrentTenant>().Change(theirs.Id);
            return (await sp.GetServices<ITenantConnectionSource>().Single().ListAsync(CancellationToken.None)).Single();
        });

        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        await session.SignInAsync("bob@notion-mine.test", ConsoleHost.Password);
        (await session.GotoAsync($"/console/tenants/{theirs.Id}/connections")).Status.ShouldBe(404);
        (await page.ContentAsync()).ShouldNotContain("Their Notion");

        // Their connection's id posted at my own page (valid antiforgery token) finds nothing of mine: 404, no audit entry.
        await session.GotoAsync($"/console/tenants/{mine.Id}/connections");
        (await page.ContentAsync()).ShouldNotContain("Their Notion");
        var token = await page.Locator("input[name='__RequestVerificationToken']").First.InputValueAsync();
        var forged = await page.APIRequest.PostAsync($"/console/tenants/{mine.Id}/connections?handler=Disconnect", new()
        {
            Form = page.APIRequest.CreateFormData().Set("source", theirConnection.Source).Set("id", theirConnection.Id)
                .Set("__RequestVerificationToken", token),
        });
        forged.Status.ShouldBe(404);
        using (var status = await theirApi.GetAsync("/api/oauth/status"))
            JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement.GetProperty("connected").GetBoolean().ShouldBeTrue();
        (await Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .CountAsync(a => a.Action == AuditActions.ConnectionRemoved && (a.TenantId == mine.Id || a.TenantId == theirs.Id)))).ShouldBe(0);
    }

    /// <summary>authorize → (Notion issues a code) → callback → exchange, as the browser and frontend make it.</summary>
    private async Task ConnectAsync(HttpClient api, string workspace)
    {
        using var authorize = await api.GetAsync("/api/oauth/authorize");
        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var state = HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["state"];
        using var anonymous = NoRedirects(null);
        using var callback = await anonymous.GetAsync($"/api/oauth/callback?code={fixture.Notion.IssueOAuthCode(workspace)}&state={state}");
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        var code = HttpUtility.ParseQueryString(callback.Headers.Location!.Query)["code"];
        using var exchange = await api.PostAsync($"/api/oauth/exchange?code={code}", null);
        exchange.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A client of the HTTPS host (trusting its certificate only) that does not follow redirects.</summary>
    private HttpClient NoRedirects(string? key)
    {
        var trusted = TestCertificate.Thumbprint(Host.Certificate!);
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
            errors == SslPolicyErrors.None || (presented is not null && TestCertificate.Thumbprint(presented) == trusted);
        var client = new HttpClient(handler) { BaseAddress = Host.BaseAddress };
        if (key is not null) client.DefaultRequestHeaders.Add("X-API-Key", key);
        return client;
    }
}
