using Forge.Hosting.Credits;
using Microsoft.AspNetCore.Diagnostics;

namespace Forge.Host.Platform;

/// <summary>
/// Turns known exceptions into clear 4xx problems and everything else into a 500 without
/// internals. Modules map their own errors before they get here.
/// </summary>
public sealed class PlatformExceptionHandler(ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.InnerException is System.Text.Json.JsonException json
                ? $"The request body is not valid JSON: {json.Message}"
                : bad.Message),
            PlatformValidationException v => (400, "Invalid request", $"{v.Field}: {v.Message}"),
            PlatformNotFoundException nf => (404, "Not found", nf.Message),
            PlatformConflictException c => (409, "Conflict", c.Message),
            InsufficientCreditsException ic => (402, "Insufficient credits", ic.Message),
            _ => (500, "Internal error", "An unexpected error occurred. It has been logged."),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        await PlatformProblem.WriteAsync(context, status, title, detail);
        return true;
    }
}
