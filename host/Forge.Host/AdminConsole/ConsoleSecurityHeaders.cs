namespace Forge.Host.AdminConsole;

/// <summary>
/// Browser hardening for console responses: no inline script or style may run (the console has
/// none: charts are SVG with class-based colours), no framing, no MIME sniffing, no referrer leaks.
/// </summary>
public sealed class ConsoleSecurityHeaders(RequestDelegate next)
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        if (ConsoleSetup.IsConsolePath(context.Request.Path))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.CacheControl = "no-store";
        }
        return next(context);
    }
}
