using System.Diagnostics;
using Forge.Host.Authentication;
using Forge.Hosting.Identity;
using Forge.Hosting.Usage;

namespace Forge.Host.Usage;

/// <summary>Records every authenticated call after its response, off the request's critical path.</summary>
public sealed class UsageMeteringMiddleware(RequestDelegate next, IUsageRecorder recorder, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (ForgeCredential.From(context.User) is { } credential)
            {
                var endpoint = context.GetEndpoint();
                var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
                var product = endpoint?.Metadata.GetMetadata<ProductApiMetadata>()?.Product ?? credential.Product;
                recorder.Record(new UsageRecord(credential.TenantId, credential.Type, credential.Id, product, context.Request.Method,
                    route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, clock.GetUtcNow()));
            }
        }
    }
}
