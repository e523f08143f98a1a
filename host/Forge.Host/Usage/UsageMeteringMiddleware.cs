using System.Diagnostics;
using Forge.Host.Authentication;
using Forge.Hosting.Identity;
using Forge.Hosting.Usage;

namespace Forge.Host.Usage;

/// <summary>
/// Records every authenticated call off the request's critical path, once its response is
/// complete: only then is the status the one the client got, because an exception thrown
/// downstream is turned into its 4xx/5xx by the exception handler upstream of this middleware.
/// That handler also clears the endpoint, so the route is taken on the way in. Console users
/// (cookie sign-ins) are not metered: usage is what tenants' API credentials call.
/// </summary>
public sealed class UsageMeteringMiddleware(RequestDelegate next, IUsageRecorder recorder, TimeProvider clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var endpoint = context.GetEndpoint();
        context.Response.OnCompleted(() =>
        {
            // API calls only: a console user's page views are not a tenant's API usage.
            if (ForgeCredential.From(context.User) is { } credential && credential.Type != CredentialTypes.User)
            {
                var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
                var product = endpoint?.Metadata.GetMetadata<ProductApiMetadata>()?.Product ?? credential.Product;
                recorder.Record(new UsageRecord(credential.TenantId, credential.Type, credential.Id, product, context.Request.Method,
                    route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, clock.GetUtcNow()));
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
