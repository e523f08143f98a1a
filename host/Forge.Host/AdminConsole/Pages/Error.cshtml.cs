using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages;

/// <summary>Shown (with the original status code) for a console response that has no body of its own.</summary>
/// <remarks>A re-executed POST (e.g. one refused for a missing antiforgery token) arrives here as a POST.</remarks>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : ConsolePageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? Response.StatusCode;
        (Heading, Message) = status switch
        {
            404 => ("Not found", "There is nothing here, or it belongs to another tenant."),
            403 => ("Not allowed", "Your account may not open this page."),
            400 => ("Bad request", "The form could not be accepted. Reload the page and try again."),
            _ => ("Something went wrong", $"The console answered {status}."),
        };
    }
}
