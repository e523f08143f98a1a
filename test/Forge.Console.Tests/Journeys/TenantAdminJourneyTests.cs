using System.Net;
using Forge.Console.Tests.Infrastructure;
using Forge.Host.Tenants;
using Microsoft.Playwright;

namespace Forge.Console.Tests.Journeys;

/// <summary>
/// A tenant admin in the real console: only their own tenant, a key created and seen once, their usage
/// chart after real API calls, and every attempt to reach another tenant or a host page refused.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TenantAdminJourneyTests(BrowserFixture browser, ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Tenant_admin_sees_only_their_tenant_creates_a_key_and_sees_their_usage()
    {
        var mine = await Host.CreateTenantAsync("hooli", Editions.Enterprise);
        var theirs = await Host.CreateTenantAsync("piedpiper", Editions.Pro);
        await Host.CreateTenantAdminAsync("gavin@hooli.test", mine);
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;

        await session.SignInAsync("gavin@hooli.test", ConsoleHost.Password);
        new Uri(page.Url).AbsolutePath.ShouldBe($"/console/tenants/{mine.Id}");
        (await page.TextAsync("h1")).ShouldBe("hooli");
        var nav = await page.TextAsync("nav.sidenav");
        nav.ShouldNotContain("Tenants");
        nav.ShouldNotContain("Audit log");
        (await page.ContentAsync()).ShouldNotContain("piedpiper");
        await Screenshots.SaveAsync(page, "tenant-admin-home");

        // A key for Fortune: whole once (with a copy button), then only its hint.
        await page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await page.Field("Product").SelectOptionAsync("fortune");
        await page.ClickButtonAsync("Create key");
        var key = (await page.TextAsync("#new-key")).Trim();
        key.ShouldStartWith("bs_live_");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).CountAsync()).ShouldBe(1);
        await Screenshots.SaveAsync(page, "tenant-admin-key-created");
        await page.ReloadAsync();
        (await page.ContentAsync()).ShouldNotContain(key);

        // A few real API calls with it, then the usage page charts them.
        using (var api = Host.ClientWithKey(key))
        {
            for (var i = 0; i < 4; i++)
                (await api.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await api.PostAsync("/v1/calculations/saju", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        await Eventually.GetAsync(async () =>
        {
            await session.GotoAsync($"/console/tenants/{mine.Id}/usage");
            return await page.TextAsync("#total-calls");
        }, calls => calls == "5", TimeSpan.FromSeconds(30), "the five calls to reach the usage page");
        (await page.Locator("#chart-calls svg .chart-bar").CountAsync()).ShouldBeGreaterThan(0);
        (await page.TextAsync("#chart-calls")).ShouldContain("fortune");
        (await page.Locator("#chart-errors svg .chart-point, #chart-errors svg .chart-line").CountAsync()).ShouldBeGreaterThan(0);
        await Screenshots.SaveAsync(page, "tenant-admin-usage");

        await session.GotoAsync($"/console/tenants/{mine.Id}/features");
        (await page.TextAsync("h2")).ShouldContain("Your plan");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Set override" }).CountAsync()).ShouldBe(0);
        await Screenshots.SaveAsync(page, "tenant-admin-plan");
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_tenants_pages_and_the_host_pages_are_refused_by_url()
    {
        var mine = await Host.CreateTenantAsync("aviato");
        var theirs = await Host.CreateTenantAsync("raviga");
        var theirKey = await Host.CreateKeyAsync(theirs, "fortune");
        await Host.CreateTenantAdminAsync("erlich@aviato.test", mine);
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        await session.SignInAsync("erlich@aviato.test", ConsoleHost.Password);

        foreach (var suffix in new[] { "", "/keys", "/clients", "/credits", "/usage", "/features" })
        {
            var response = await session.GotoAsync($"/console/tenants/{theirs.Id}{suffix}");
            response.Status.ShouldBe(404, suffix);
            (await page.ContentAsync()).ShouldNotContain("raviga");
        }
        await Screenshots.SaveAsync(page, "tenant-admin-other-tenant-refused");
        foreach (var path in new[] { "/console/tenants", "/console/usage", "/console/jobs", "/console/audit", "/console/system", "/jobs" })
            (await session.GotoAsync(path)).Status.ShouldBe(403, path);
        await Screenshots.SaveAsync(page, "tenant-admin-host-page-refused");

        // Forms posted at another tenant's URL change nothing, even with a valid antiforgery token from an own page.
        await session.GotoAsync($"/console/tenants/{mine.Id}/keys");
        var token = await page.Locator("input[name='__RequestVerificationToken']").First.InputValueAsync();
        var revoke = await page.APIRequest.PostAsync($"/console/tenants/{theirs.Id}/keys?handler=Revoke", new()
        {
            Form = page.APIRequest.CreateFormData().Set("keyId", theirKey.Split('_')[2]).Set("__RequestVerificationToken", token),
        });
        revoke.Status.ShouldBe(404);
        using (var api = Host.ClientWithKey(theirKey))
            (await api.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        session.Errors.RemoveAll(e => e.Contains("status of 40", StringComparison.Ordinal)); // the refusals we asked for
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_suspended_tenants_admin_is_told_so_and_can_still_sign_out()
    {
        var tenant = await Host.CreateTenantAsync("bachmanity");
        await Host.CreateTenantAdminAsync("big-head@bachmanity.test", tenant);
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        await session.SignInAsync("big-head@bachmanity.test", ConsoleHost.Password);
        await Host.InScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<TenantManager>(sp).SuspendAsync("bachmanity"));

        var response = await session.GotoAsync($"/console/tenants/{tenant.Id}/keys");
        response.Status.ShouldBe(403);
        (await page.TextAsync("h1")).ShouldBe("Your tenant is suspended");
        await Screenshots.SaveAsync(page, "tenant-admin-suspended");

        await page.ClickButtonAsync("Sign out");
        new Uri(page.Url).AbsolutePath.ShouldBe("/console/login");
        session.Errors.RemoveAll(e => e.Contains("status of 403", StringComparison.Ordinal));
        session.Errors.ShouldBeEmpty();
    }
}
