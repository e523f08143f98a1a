using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Forge.Host.Health;

/// <summary>
/// The platform's liveness and readiness probes, under the platform's reserved <c>/_forge/</c> prefix so that
/// modules own <c>/health</c>, <c>/health/live</c> and <c>/health/ready</c> (NotionForge documents its own; ADR 25).
/// They are answered at the front of the pipeline, before routing and the API's middleware (ADR 82): an
/// orchestrator's probe every few seconds needs no route table, caller, tenant or meter, and a host that has only
/// been probed has not built its matcher.
/// </summary>
public static class PlatformProbes
{
    public const string LivePath = "/_forge/health/live";
    public const string ReadyPath = "/_forge/health/ready";

    public static IApplicationBuilder UsePlatformProbes(this IApplicationBuilder app)
    {
        app.MapWhen(c => Is(c.Request.Path, LivePath), live => live.UseProbe(new HealthCheckOptions { Predicate = _ => false }));
        app.MapWhen(c => Is(c.Request.Path, ReadyPath), ready => ready.UseProbe(new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }));
        return app;
    }

    /// <summary>The path as routing would match it: any case, with or without one trailing slash.</summary>
    private static bool Is(PathString path, string probe) =>
        path.StartsWithSegments(probe, StringComparison.OrdinalIgnoreCase, out var rest) && (!rest.HasValue || rest.Value == "/");

    private static void UseProbe(this IApplicationBuilder probe, HealthCheckOptions options)
    {
        probe.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) return next(context);
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed; // as routing answers a route's other methods
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        });
        probe.UseMiddleware<HealthCheckMiddleware>(Options.Create(options));
    }
}
