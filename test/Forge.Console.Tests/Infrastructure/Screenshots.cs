using Microsoft.Playwright;

namespace Forge.Console.Tests.Infrastructure;

/// <summary>
/// Full-page PNGs of a console page at desktop and phone width, saved as build artifacts (never
/// committed: <c>artifacts/</c> is git-ignored) under
/// <c>artifacts/screenshots/&lt;Sqlite|PostgreSql&gt;/&lt;name&gt;-desktop.png</c> and <c>-phone.png</c>.
/// </summary>
public static class Screenshots
{
    /// <summary>The folder for this run's database provider.</summary>
    public static string Directory =>
        System.IO.Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots", TestDatabase.IsPostgreSql ? "PostgreSql" : "Sqlite");

    /// <summary>
    /// Shoots the page at 1280×800, then at 390×844 (the same page, resized, so both show the same state),
    /// then restores the page's viewport. Returns the two paths.
    /// </summary>
    public static async Task<(string Desktop, string Phone)> SaveAsync(IPage page, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
            throw new ArgumentException($"'{name}' is not a usable file name.", nameof(name));
        System.IO.Directory.CreateDirectory(Directory);
        var original = page.ViewportSize;
        try
        {
            var desktop = await ShootAsync(page, Viewports.Desktop, $"{name}-desktop.png");
            var phone = await ShootAsync(page, Viewports.Phone, $"{name}-phone.png");
            return (desktop, phone);
        }
        finally
        {
            if (original is not null) await page.SetViewportSizeAsync(original.Width, original.Height);
        }
    }

    private static async Task<string> ShootAsync(IPage page, ViewportSize size, string file)
    {
        await page.SetViewportSizeAsync(size.Width, size.Height);
        var path = System.IO.Path.Combine(Directory, file);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
