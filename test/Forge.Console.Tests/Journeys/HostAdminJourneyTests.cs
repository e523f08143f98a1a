using System.Net;
using Forge.Console.Tests.Infrastructure;
using Forge.Host.Audit;
using Forge.Host.Data;
using Forge.Host.Features;
using Forge.Host.Tenants;
using Forge.Hosting.AI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Forge.Console.Tests.Journeys;

/// <summary>
/// The operator's day in the real console, in Debian's Chromium: a tenant created, its plan overridden,
/// credits granted, a key issued (seen once) and revoked (then refused by the API), each step in the audit log.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostAdminJourneyTests(BrowserFixture browser, ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Host_admin_creates_a_tenant_overrides_a_feature_grants_credits_and_issues_then_revokes_a_key()
    {
        await Host.CreateHostAdminAsync("ops@journey.test");
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        page.AcceptConfirmations();

        await Screenshots.SaveAsync(await GotoLoginAsync(session), "login");
        await session.SignInAsync("ops@journey.test", ConsoleHost.Password);
        page.Url.ShouldEndWith("/console");
        await Screenshots.SaveAsync(page, "host-overview");

        // Create a tenant.
        await session.GotoAsync("/console/tenants");
        await page.Field("Name").FillAsync("globex");
        await page.Field("Edition").SelectOptionAsync("pro");
        await page.ClickButtonAsync("Create tenant");
        (await page.TextAsync("h1")).ShouldBe("globex");
        (await page.TextAsync(".flash")).ShouldContain("globex created");
        var tenantPath = new Uri(page.Url).AbsolutePath;
        await Screenshots.SaveAsync(page, "tenant-overview");

        // Override a feature: Pro has no Enterprise API; this tenant gets it anyway.
        await session.GotoAsync($"{tenantPath}/features");
        var row = page.Locator("tr[data-feature='Fortune.EnterpriseApi']");
        (await row.Locator("code.value").InnerTextAsync()).ShouldBe("false");
        await page.Field("Feature").SelectOptionAsync("Fortune.EnterpriseApi");
        await page.Field("Value").FillAsync("true");
        await page.ClickButtonAsync("Set override");
        (await row.Locator("code.value").InnerTextAsync()).ShouldBe("true");
        (await row.Locator(".badge").InnerTextAsync()).ShouldBe("override");
        await Screenshots.SaveAsync(page, "tenant-features");

        // Grant credits.
        await session.GotoAsync($"{tenantPath}/credits");
        await page.Field("Amount").FillAsync("2500");
        await page.Field("Reason").FillAsync("Welcome credits");
        await page.ClickButtonAsync("Grant");
        (await page.TextAsync("#balance")).ShouldBe("2,500");
        (await page.Locator("#ledger tbody tr").First.InnerTextAsync()).ShouldContain("Welcome credits");
        // The prices the loaded modules declared (context.AddCreditPrice), as declared.
        var price = page.Locator($"#prices tr[data-price='{Forge.TestModules.Webhooks.WebhookPolicyModule.RunPrice}']");
        (await price.Locator("td.num").InnerTextAsync()).ShouldBe("1");
        (await price.InnerTextAsync()).ShouldContain("One test analysis run.");
        await Screenshots.SaveAsync(page, "tenant-credits");

        // Create a key: the whole key once, then only its hint.
        await session.GotoAsync($"{tenantPath}/keys");
        await page.Field("Product").SelectOptionAsync("fortune");
        await page.ClickButtonAsync("Create key");
        var key = (await page.TextAsync("#new-key")).Trim();
        key.ShouldStartWith("bs_live_");
        await Screenshots.SaveAsync(page, "tenant-keys-created");
        using (var api = Host.ClientWithKey(key))
        {
            var whoami = await api.GetAsync("/api/platform/whoami");
            whoami.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await whoami.Content.ReadAsStringAsync()).ShouldContain("\"globex\"");
        }
        await session.GotoAsync($"{tenantPath}/keys");
        (await page.Locator("#new-key").CountAsync()).ShouldBe(0);
        (await page.ContentAsync()).ShouldNotContain(key);

        // Revoke it (after confirming): the API refuses it at once.
        await page.ClickButtonAsync("Revoke");
        (await page.TextAsync(".flash")).ShouldContain("revoked");
        (await page.Locator("table tbody tr .badge").First.InnerTextAsync()).ShouldBe("revoked");
        using (var api = Host.ClientWithKey(key))
            (await api.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Every change is in the audit log, with who did it.
        await session.GotoAsync("/console/audit?tenant=globex");
        var audit = await page.TextAsync("table");
        foreach (var action in new[] { AuditActions.TenantCreated, AuditActions.FeatureOverridden, AuditActions.CreditsGranted, AuditActions.ApiKeyCreated, AuditActions.ApiKeyRevoked })
            audit.ShouldContain(action);
        audit.ShouldContain("ops@journey.test");
        await Screenshots.SaveAsync(page, "audit-log");

        // The database agrees with what the pages showed.
        var (edition, overrides) = await Host.InScopeAsync(async sp =>
        {
            var tenant = await sp.GetRequiredService<TenantManager>().GetByNameAsync("globex");
            var features = await sp.GetRequiredService<FeatureManager>().ListAsync(tenant);
            return (tenant.Edition, features.Single(f => f.Name == "Fortune.EnterpriseApi").Source);
        });
        edition.ShouldBe("pro");
        overrides.ShouldBe("tenant");
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Host_admin_adds_a_tenant_admin_issues_and_revokes_an_oauth_client_and_suspends_then_resumes_the_tenant()
    {
        await Host.CreateHostAdminAsync("life@journey.test");
        var tenant = await Host.CreateTenantAsync("massive-dynamic");
        var key = await Host.CreateKeyAsync(tenant, "fortune");
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        page.AcceptConfirmations();
        await session.SignInAsync("life@journey.test", ConsoleHost.Password);
        var tenantPath = $"/console/tenants/{tenant.Id}";

        // A tenant admin, whose generated password is shown once and works.
        await session.GotoAsync(tenantPath);
        await page.Field("E-mail").FillAsync("nina@massive.test");
        await page.ClickButtonAsync("Add tenant admin");
        var password = (await page.TextAsync("#new-password")).Trim();
        (await page.TextAsync("table")).ShouldContain("nina@massive.test");
        await using (var nina = await ConsoleSession.OpenAsync(browser, Host))
        {
            await nina.SignInAsync("nina@massive.test", password);
            new Uri(nina.Page.Url).AbsolutePath.ShouldBe(tenantPath);
        }

        // An OAuth client: secret once, a token with it, then revoked: no token, and the old one refused.
        await session.GotoAsync($"{tenantPath}/clients");
        await page.GetByLabel("fortune").CheckAsync();
        await page.ClickButtonAsync("Create client");
        var clientId = (await page.TextAsync("#new-client-id")).Trim();
        var secret = (await page.TextAsync("#new-secret")).Trim();
        await Screenshots.SaveAsync(page, "tenant-clients-created");
        var token = await Host.GetTokenAsync(clientId, secret);
        using (var api = Host.ClientWithToken(token))
            (await api.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await session.GotoAsync($"{tenantPath}/clients");
        (await page.ContentAsync()).ShouldNotContain(secret);
        await page.ClickButtonAsync("Revoke");
        (await page.TextAsync(".flash")).ShouldContain($"{clientId} is revoked");
        using (var api = Host.ClientWithToken(token))
            (await api.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refused = await Host.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        refused.IsSuccessStatusCode.ShouldBeFalse();

        // Suspended: its keys are refused; resumed: accepted again. The edition changes on the same page.
        await session.GotoAsync(tenantPath);
        await page.ClickButtonAsync("Suspend tenant");
        (await page.TextAsync(".badge.state-suspended")).ShouldBe("suspended");
        using (var api = Host.ClientWithKey(key))
            (await api.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await page.ClickButtonAsync("Resume tenant");
        using (var api = Host.ClientWithKey(key))
            (await api.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await page.Field("Edition").SelectOptionAsync("free");
        await page.ClickButtonAsync("Save edition");
        (await page.TextAsync(".badge.edition-free")).ShouldBe("free");

        await session.GotoAsync("/console/audit?tenant=massive-dynamic");
        var audit = await page.TextAsync("table");
        foreach (var action in new[] { AuditActions.UserCreated, AuditActions.OAuthClientCreated, AuditActions.OAuthClientRevoked, AuditActions.TenantSuspended, AuditActions.TenantResumed, AuditActions.TenantEditionChanged })
            audit.ShouldContain(action);
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Bad_form_input_shows_a_message_next_to_the_field_and_saves_nothing()
    {
        await Host.CreateHostAdminAsync("forms@journey.test");
        await Host.CreateTenantAsync("initech");
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        await session.SignInAsync("forms@journey.test", ConsoleHost.Password);
        var tenantsBefore = await CountAsync(db => db.Tenants.CountAsync());

        await session.GotoAsync("/console/tenants");
        await page.ClickButtonAsync("Create tenant");
        (await page.FieldErrorAsync("Input.Name")).ShouldBe("Give the tenant a name.");

        await page.Field("Name").FillAsync("Initech");
        await page.ClickButtonAsync("Create tenant");
        (await page.FieldErrorAsync("Input.Name")).ShouldContain("already exists");

        await page.Field("Name").FillAsync("bad name!");
        await page.ClickButtonAsync("Create tenant");
        (await page.FieldErrorAsync("Input.Name")).ShouldContain("letters, digits");
        await Screenshots.SaveAsync(page, "tenants-validation");
        (await CountAsync(db => db.Tenants.CountAsync())).ShouldBe(tenantsBefore);

        var tenant = await Host.InScopeAsync(sp => sp.GetRequiredService<TenantManager>().GetByNameAsync("initech"));
        await session.GotoAsync($"/console/tenants/{tenant.Id}/credits");
        await page.Field("Amount").FillAsync("-50");
        await page.Field("Reason").FillAsync("oops");
        await page.ClickButtonAsync("Grant");
        (await page.FieldErrorAsync("Amount")).ShouldContain("from 1");
        await page.Field("Amount").FillAsync("10");
        await page.Field("Reason").FillAsync("");
        await page.ClickButtonAsync("Grant");
        (await page.FieldErrorAsync("Reason")).ShouldContain("why");
        (await page.TextAsync("#balance")).ShouldBe("0");
        await Screenshots.SaveAsync(page, "credits-validation");

        await session.GotoAsync($"/console/tenants/{tenant.Id}/features");
        await page.Field("Feature").SelectOptionAsync("Fortune.RequestsPerDay");
        await page.Field("Value").FillAsync("lots");
        await page.ClickButtonAsync("Set override");
        (await page.FieldErrorAsync("Value")).ShouldContain("not a valid integer");

        await session.GotoAsync($"/console/tenants/{tenant.Id}/keys");
        await page.ClickButtonAsync("Create key");
        (await page.FieldErrorAsync("Product")).ShouldContain("Choose the product");

        // Nothing half-saved: no entry, grant, override or key, and no audit entry for any refused change.
        (await CountAsync(db => db.CreditEntries.IgnoreQueryFilters().CountAsync(e => e.TenantId == tenant.Id))).ShouldBe(0);
        (await CountAsync(db => db.FeatureValues.IgnoreQueryFilters().CountAsync(f => f.TenantId == tenant.Id))).ShouldBe(0);
        (await CountAsync(db => db.ApiKeys.IgnoreQueryFilters().CountAsync(k => k.TenantId == tenant.Id))).ShouldBe(0);
        (await CountAsync(db => db.AuditEntries.CountAsync(a => a.TenantId == tenant.Id))).ShouldBe(0);
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Host_pages_render_for_the_operator_at_desktop_and_phone_width()
    {
        await Host.CreateHostAdminAsync("pages@journey.test");
        var tenant = await Host.CreateTenantAsync("umbrella");
        var key = await Host.CreateKeyAsync(tenant, "fortune");
        using (var api = Host.ClientWithKey(key))
            for (var i = 0; i < 3; i++) await api.GetAsync("/api/platform/whoami");
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;
        await session.SignInAsync("pages@journey.test", ConsoleHost.Password);

        foreach (var (path, name, heading) in new[]
                 {
                     ("/console/tenants", "tenants", "Tenants"),
                     ("/console/usage", "usage", "Usage"),
                     ("/console/jobs", "jobs", "Jobs"),
                     ("/console/system", "system", "System"),
                     ($"/console/tenants/{tenant.Id}/clients", "tenant-clients", "umbrella"),
                     ($"/console/tenants/{tenant.Id}/usage", "tenant-usage", "umbrella"),
                     ("/console/no-such-page", "not-found", "Not found"),
                 })
        {
            var response = await session.GotoAsync(path);
            response.Status.ShouldBe(name == "not-found" ? 404 : 200, path);
            (await page.TextAsync("h1")).ShouldBe(heading, path);
            await Screenshots.SaveAsync(page, name);
        }
        session.Errors.RemoveAll(e => e.Contains("/console/no-such-page", StringComparison.Ordinal)); // the 404 we asked for
        (await page.Locator("#database-provider").CountAsync()).ShouldBe(0); // last page was the 404
        await session.GotoAsync("/console/system");
        (await page.TextAsync("#database-provider")).ShouldBe(TestDatabase.IsPostgreSql ? "PostgreSql" : "Sqlite");

        // The AI call log's last 24 hours, recorded as a module's model client records a call.
        Host.Services.GetRequiredService<IAiCallLog>().Record(new AiCallRecord(tenant.Id, "fortune", "haiku", "Anthropic",
            "claude-3-5-haiku-latest", 1000, 500, 0.0028m, TimeSpan.FromMilliseconds(420), "success", DateTimeOffset.UtcNow));
        var row = await Eventually.GetAsync(async () =>
        {
            await session.GotoAsync("/console/system");
            return await page.Locator("#ai-calls tbody").InnerTextAsync();
        }, text => text.Contains("haiku", StringComparison.Ordinal), what: "the logged call on the system page");
        row.ShouldContain("1000 / 500");
        row.ShouldContain("0.0028");
        session.Errors.ShouldBeEmpty();
    }

    private static async Task<IPage> GotoLoginAsync(ConsoleSession session)
    {
        (await session.GotoAsync("/console")).Url.ShouldContain("/console/login");
        return session.Page;
    }

    private Task<int> CountAsync(Func<PlatformDbContext, Task<int>> count) =>
        Host.InScopeAsync(sp => count(sp.GetRequiredService<PlatformDbContext>()));
}
