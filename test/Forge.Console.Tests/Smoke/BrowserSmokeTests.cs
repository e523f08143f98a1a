using Forge.Console.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Forge.Console.Tests.Smoke;

/// <summary>The whole chain the console tests stand on: real host on HTTPS → Debian's Chromium → page → screenshot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsoleHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Chromium_opens_the_host_over_https_and_saves_both_screenshots()
    {
        _host.BaseAddress.Scheme.ShouldBe("https");
        await using var session = await ConsoleSession.OpenAsync(browser, _host);

        var response = await session.GotoAsync("/_forge/health/live");

        response.Status.ShouldBe(200);
        response.Url.ShouldStartWith($"https://127.0.0.1:{_host.BaseAddress.Port}/");
        (await session.Page.Locator("body").InnerTextAsync()).Trim().ShouldBe("Healthy");
        var (desktop, phone) = await Screenshots.SaveAsync(session.Page, "smoke-health-live");
        PngSize(desktop).ShouldBe((1280, 800));
        PngSize(phone).ShouldBe((390, 844));
        session.Page.ViewportSize!.Width.ShouldBe(1280); // restored for the rest of the test
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_browser_keeps_the_console_cookie_from_a_sign_in_over_https()
    {
        await _host.CreateHostAdminAsync("admin@console.test");
        await using var session = await ConsoleSession.OpenAsync(browser, _host);

        var (status, body) = await session.SignInWithApiAsync("admin@console.test", ConsoleHost.Password);

        status.ShouldBe(200, body.ToString());
        body.GetProperty("email").GetString().ShouldBe("admin@console.test");
        var cookie = await session.CookieAsync("forge.auth");
        cookie.ShouldNotBeNull("the browser dropped forge.auth");
        cookie.HttpOnly.ShouldBeTrue();
        cookie.SameSite.ShouldBe(SameSiteAttribute.Strict);
        cookie.Domain.ShouldBe("127.0.0.1");
        cookie.Secure.ShouldBeTrue();
        output.WriteLine($"forge.auth: Secure={cookie.Secure} HttpOnly={cookie.HttpOnly} SameSite={cookie.SameSite}");
        // HttpOnly: page scripts cannot read it.
        (await session.Page.EvaluateAsync<string>("document.cookie")).ShouldNotContain("forge.auth");
        // The browser sends it back: the same page now talks to the host as the signed-in admin.
        var hangfire = await session.GotoAsync("/jobs");
        hangfire.Status.ShouldBe(200);
    }

    [Fact]
    public async Task A_wrong_password_leaves_the_browser_without_a_cookie()
    {
        await _host.CreateHostAdminAsync("admin@console.test");
        await using var session = await ConsoleSession.OpenAsync(browser, _host);

        var (status, _) = await session.SignInWithApiAsync("admin@console.test", "not-the-password-1A!");

        status.ShouldBe(401);
        (await session.CookieAsync("forge.auth")).ShouldBeNull();
        (await session.GotoAsync("/jobs")).Status.ShouldBe(401);
    }

    /// <summary>Width and height from a PNG's IHDR chunk (big-endian at bytes 16 and 20).</summary>
    private static (int Width, int Height) PngSize(string path)
    {
        var header = File.ReadAllBytes(path).AsSpan(0, 24);
        header[..8].ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[16..20]), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
    }
}
