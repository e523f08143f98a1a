using System.Text.Json;
using Microsoft.Playwright;

namespace Forge.Console.Tests.Infrastructure;

/// <summary>
/// One browser context and page against one test host: its own cookies and storage, the host's
/// self-signed certificate accepted (the context's <c>IgnoreHTTPSErrors</c>; the host is ours, on loopback),
/// relative URLs resolved against the host. Script errors and console errors (failed loads included, the
/// favicon excepted) are collected in <see cref="Errors"/> so a test can assert a page ran cleanly.
/// </summary>
public sealed class ConsoleSession : IAsyncDisposable
{
    public TestHost Host { get; }
    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public List<string> Errors { get; } = [];

    private ConsoleSession(TestHost host, IBrowserContext context, IPage page)
    {
        Host = host;
        Context = context;
        Page = page;
        page.PageError += (_, error) => Errors.Add(error);
        page.Console += (_, message) =>
        {
            // Chromium asks for /favicon.ico on its own; a 404 there is not the page's error.
            if (message.Type == "error" && !message.Location.StartsWith(new Uri(host.BaseAddress, "/favicon.ico").ToString(), StringComparison.Ordinal))
                Errors.Add($"{message.Text} ({message.Location})");
        };
    }

    /// <param name="viewport">The page size; <see cref="Viewports.Desktop"/> by default.</param>
    /// <param name="phone">Emulate a touch phone (mobile meta viewport, touch events); only at creation, Chromium cannot switch later.</param>
    public static async Task<ConsoleSession> OpenAsync(BrowserFixture browser, TestHost host, ViewportSize? viewport = null, bool phone = false)
    {
        if (host.Certificate is null)
            throw new InvalidOperationException("Start the host with TestHost.StartAsync(https: true): the console cookie is Secure, so the browser needs HTTPS.");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = viewport ?? Viewports.Desktop,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        try
        {
            // A deadline for each wait, not a duration: generous, because a navigation on a loaded 2-core
            // CI machine (assemblies run side by side) has taken longer than 15 s.
            context.SetDefaultTimeout(60_000);
            return new ConsoleSession(host, context, await context.NewPageAsync());
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    /// <summary>Navigates to a path of the host (e.g. <c>/console</c>) and returns the main response.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"No response navigating to {path}.");
    }

    /// <summary>
    /// Signs in the way a console script would: <c>POST /api/account/login</c> with <c>fetch</c> from the
    /// current page (navigating to <c>/_forge/health/live</c> first when the page has no origin yet), so the
    /// browser itself receives and keeps the cookie. Returns the HTTP status and body.
    /// </summary>
    public async Task<(int Status, JsonElement Body)> SignInWithApiAsync(string email, string password)
    {
        if (!Page.Url.StartsWith(Host.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            await GotoAsync("/_forge/health/live");
        var result = await Page.EvaluateAsync<JsonElement>("""
            async ([email, password]) => {
              const response = await fetch('/api/account/login', {
                method: 'POST', credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ email, password }) });
              return { status: response.status, body: await response.text() };
            }
            """, new[] { email, password });
        var text = result.GetProperty("body").GetString() ?? "";
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (result.GetProperty("status").GetInt32(), body);
    }

    /// <summary>The browser's cookie by name for the host, or null.</summary>
    public async Task<BrowserContextCookiesResult?> CookieAsync(string name) =>
        (await Context.CookiesAsync([Host.BaseAddress.ToString()])).FirstOrDefault(c => c.Name == name);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
