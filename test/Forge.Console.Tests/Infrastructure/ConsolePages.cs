using Microsoft.Playwright;

namespace Forge.Console.Tests.Infrastructure;

/// <summary>What a person does on console pages, in their words: sign in, fill a labelled field, press a button.</summary>
public static class ConsolePages
{
    /// <summary>Signs in through the form, as a person would, and returns the page the console lands on.</summary>
    public static async Task SignInAsync(this ConsoleSession session, string email, string password)
    {
        await session.GotoAsync("/console/login");
        await session.Page.Field("E-mail").FillAsync(email);
        await session.Page.Field("Password").FillAsync(password);
        await session.Page.ClickButtonAsync("Sign in");
    }

    /// <summary>
    /// Presses a button that submits a form and waits until the page it leads to has loaded: the main
    /// frame's next committed navigation (after any redirect), then that document's <c>readyState</c> complete — not
    /// the load state of the page still showing.
    /// </summary>
    public static async Task ClickButtonAsync(this IPage page, string name)
    {
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame) navigated.TrySetResult();
        }
        page.FrameNavigated += OnNavigated;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).First.ClickAsync();
            await navigated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }
        // The document's own state, not Playwright's record of lifecycle events: once (CI, 2026-12-03) the record lacked
        // "load" for a page that had reached network idle, and the wait ran out though the page had loaded.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>The form field with exactly this label.</summary>
    public static ILocator Field(this IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>The validation message the page shows next to a field (by its form name, e.g. <c>Input.Name</c>).</summary>
    public static Task<string> FieldErrorAsync(this IPage page, string field) =>
        page.Locator($"[data-valmsg-for='{field}']").InnerTextAsync();

    /// <summary>Accepts every confirm() the page shows (destructive actions ask first).</summary>
    public static void AcceptConfirmations(this IPage page) => page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

    public static Task<string> TextAsync(this IPage page, string selector) => page.Locator(selector).InnerTextAsync();
}
