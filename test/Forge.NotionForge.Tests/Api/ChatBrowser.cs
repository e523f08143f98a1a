using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, or <c>FORGE_CHROMIUM</c>) driven by Playwright, as the console
/// tests launch it: never a browser Playwright downloads; and the web app's page it opens (<see cref="BrowserChat"/>),
/// served on loopback by a server of its own — another origin than the host, as a real frontend is, and a local one,
/// because Chromium's local network access checks stop a public page from opening a socket to a loopback host.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private WebApplication? _app;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The chat page's address.</summary>
    public Uri AppUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(BrowserChat.Html);
        });
        await _app.StartAsync();
        AppUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/chat.html");

        var path = Environment.GetEnvironmentVariable("FORGE_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(path))
            throw new InvalidOperationException($"Chromium is not installed at '{path}' (etc/scripts/start-services.sh installs it); no browser is downloaded.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}

/// <summary>
/// A web app's page (served by <see cref="ChromiumFixture"/>) whose script
/// opens <c>WS /ws/chat</c> exactly as README documents for browsers — the key in the <c>forge.auth.</c> subprotocol,
/// since a browser cannot set headers on a WebSocket — and keeps every frame it receives for the test to read.
/// </summary>
internal sealed class BrowserChat
{
    private readonly IPage page;

    private BrowserChat(IPage page)
    {
        this.page = page;
        page.Console += (_, message) => Console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => Console.Add($"page error: {error}");
    }

    /// <summary>What the page logged (Chromium reports a refused handshake here, with its status).</summary>
    public List<string> Console { get; } = [];

    internal const string Html = """
        <!doctype html><meta charset="utf-8"><title>NotionForge chat</title>
        <script>
          window.received = []; window.opened = false; window.closeCode = null; // (window.closed is the browser's own)
          const base64url = text => btoa(String.fromCharCode(...new TextEncoder().encode(text)))
            .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
          window.connect = (url, key) => {
            const socket = new WebSocket(url, ['forge', 'forge.auth.' + base64url(key)]);
            socket.onopen = () => { window.opened = true; window.protocol = socket.protocol; };
            socket.onmessage = e => window.received.push(e.data);
            socket.onclose = e => { window.closeCode = e.code; };
            window.socket = socket;
          };
          window.send = frame => window.socket.send(JSON.stringify(frame));
        </script>
        """;

    private int _read;

    public IPage Page => page;

    public static async Task<BrowserChat> OpenAsync(ChromiumFixture chromium)
    {
        var context = await chromium.Browser.NewContextAsync();
        context.SetDefaultTimeout(60_000); // a deadline per wait on a loaded machine, not a duration
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.AppUrl.ToString());
        return new BrowserChat(page);
    }

    /// <summary>Opens the socket and waits until it is open or closed; true when it opened.</summary>
    public async Task<bool> ConnectAsync(Uri url, string key)
    {
        await page.EvaluateAsync("([url, key]) => connect(url, key)", new[] { url.ToString(), key });
        await page.WaitForFunctionAsync("() => window.opened || window.closeCode !== null");
        return await page.EvaluateAsync<bool>("() => window.opened");
    }

    public async Task<int?> CloseCodeAsync() => await page.EvaluateAsync<int?>("() => window.closeCode");

    public override string ToString() => string.Join("\n", Console);

    public Task SendAsync(object frame) => page.EvaluateAsync("frame => send(frame)", frame);

    /// <summary>The next frame the page received (waiting for it), which must be of <paramref name="type"/> when given.</summary>
    public async Task<JsonElement> NextAsync(string? type = null)
    {
        await page.WaitForFunctionAsync("n => window.received.length > n", _read);
        var frame = JsonSerializer.Deserialize<JsonElement>(await page.EvaluateAsync<string>("n => window.received[n]", _read++));
        if (type is not null) frame.GetProperty("type").GetString().ShouldBe(type, frame.ToString());
        return frame;
    }

    public async ValueTask CloseAsync() => await page.Context.CloseAsync();
}
