using Microsoft.Playwright;

namespace Forge.Console.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test run (an xunit collection fixture): Debian's own
/// <c>chromium</c> package, never a browser Playwright downloads. Each test opens its own context
/// (<see cref="ConsoleSession"/>), so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    /// <summary><c>FORGE_CHROMIUM</c>, or Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("FORGE_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;

    public async Task InitializeAsync()
    {
        var path = ChromiumPath;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"Chromium is not installed at '{path}'. Run 'bash etc/scripts/start-services.sh' (it installs Debian's chromium package), " +
                "or point FORGE_CHROMIUM at a Chromium binary. The console tests never download a browser.");

        // Belt and braces: nothing in this process may fetch a browser, whatever Playwright's defaults become.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch
        {
            _playwright.Dispose(); // stops the Node driver; no process is left behind
            _playwright = null;
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Test classes in this collection share the one browser; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
