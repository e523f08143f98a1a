using Forge.Console.Tests.Infrastructure;
using Forge.Host.Audit;
using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Forge.Console.Tests.Journeys;

/// <summary>Sign-in hardening in the browser: lockout, antiforgery, cookie flags, sign-out.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInSecurityTests(BrowserFixture browser, ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await Host.CreateHostAdminAsync("locked@security.test");
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        var page = session.Page;

        await session.SignInAsync("locked@security.test", "wrong-password");
        (await page.TextAsync(".validation-summary-errors")).ShouldContain("E-mail or password is wrong.");
        for (var i = 0; i < 4; i++) await session.SignInAsync("locked@security.test", "wrong-password");
        await session.SignInAsync("locked@security.test", ConsoleHost.Password);

        (await page.TextAsync(".validation-summary-errors")).ShouldContain("locked");
        new Uri(page.Url).AbsolutePath.ShouldBe("/console/login");
        (await session.CookieAsync("forge.auth")).ShouldBeNull();
        await Screenshots.SaveAsync(page, "login-locked");
        var actions = await Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.Actor == "locked@security.test").Select(a => a.Action).ToListAsync());
        actions.Count(a => a == AuditActions.SignInFailed).ShouldBe(4);
        actions.ShouldContain(AuditActions.LockedOut);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await Host.CreateHostAdminAsync("csrf@security.test");
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        await session.SignInAsync("csrf@security.test", ConsoleHost.Password);
        var before = await Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Tenants.CountAsync());

        var form = session.Page.APIRequest.CreateFormData();
        form.Set("Input.Name", "forged");
        form.Set("Input.Edition", "enterprise");
        var response = await session.Page.APIRequest.PostAsync("/console/tenants", new() { Form = form });

        response.Status.ShouldBe(400);
        (await response.TextAsync()).ShouldContain("The form could not be accepted");
        (await Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Tenants.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_strict_and_signing_out_ends_it()
    {
        await Host.CreateHostAdminAsync("cookie@security.test");
        await using var session = await ConsoleSession.OpenAsync(browser, Host);
        await session.SignInAsync("cookie@security.test", ConsoleHost.Password);

        var cookie = await session.CookieAsync("forge.auth");
        cookie.ShouldNotBeNull();
        cookie.Secure.ShouldBeTrue();
        cookie.HttpOnly.ShouldBeTrue();
        cookie.SameSite.ShouldBe(SameSiteAttribute.Strict);
        var response = await session.GotoAsync("/console");
        response.Headers["content-security-policy"].ShouldContain("script-src 'self'");
        response.Headers["x-frame-options"].ShouldBe("DENY");

        await session.Page.ClickButtonAsync("Sign out");
        new Uri(session.Page.Url).AbsolutePath.ShouldBe("/console/login");
        (await session.GotoAsync("/console/tenants")).Url.ShouldContain("/console/login");
    }
}
