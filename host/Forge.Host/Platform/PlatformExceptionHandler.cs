using Forge.Hosting.Credits;
using Forge.Hosting.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Forge.Host.Platform;

/// <summary>
/// Turns known exceptions into clear 4xx problems and everything else into a 500 without
/// internals. Modules map their own errors before they get here. A request that could not be read
/// (truncated, too slow, too large, client gone) is the client's fault: a 4xx in the product's format
/// on its routes, logged without a stack trace.
/// </summary>
public sealed class PlatformExceptionHandler(ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (RequestReadFailure.TryDescribe(exception, context, out var unreadable))
        {
            logger.LogInformation("Request {Method} {Path} could not be read: {Reason}", context.Request.Method, context.Request.Path, unreadable.Message);
            // The exception handler cleared the endpoint; the product's error writer is found through it.
            context.SetEndpoint(context.Features.Get<IExceptionHandlerFeature>()?.Endpoint);
            await new PlatformErrorResult(unreadable).ExecuteAsync(context);
            return true;
        }

        var (status, title, detail) = exception switch
        {
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
