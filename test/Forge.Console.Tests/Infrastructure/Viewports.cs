using Microsoft.Playwright;

namespace Forge.Console.Tests.Infrastructure;

/// <summary>The two sizes every console page is checked and photographed at.</summary>
public static class Viewports
{
    /// <summary>A laptop screen.</summary>
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    /// <summary>A phone in portrait (an iPhone 12–15 class width in CSS pixels).</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };
}
