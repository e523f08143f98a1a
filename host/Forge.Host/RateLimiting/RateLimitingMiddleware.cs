using System.Globalization;
using Forge.Host.Authentication;
using Forge.Host.Platform;
using Forge.Hosting.Errors;
using Forge.Hosting.Identity;
using Forge.Hosting.RateLimiting;

namespace Forge.Host.RateLimiting;

/// <summary>
/// Fixed-window limits from <c>Forge:RateLimits:&lt;policy&gt;</c> (PermitLimit, WindowSeconds),
/// where the policy is the endpoint's product, <c>Platform</c> for other authenticated calls and
/// <c>Anonymous</c> for the rest. Partitioned by tenant (or credential for the host), and by
/// client IP for anonymous callers.
/// </summary>
public sealed class RateLimitingMiddleware(RequestDelegate next, IRateLimitCounter counter, IConfiguration configuration, TimeProvider clock, ILogger<RateLimitingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var credential = ForgeCredential.From(context.User);
        var productApi = context.GetEndpoint()?.Metadata.GetMetadata<ProductApiMetadata>();
        if (productApi?.OwnsRateLimits == true)
        {
            await next(context);
            return;
        }
        var product = productApi?.Product;
        var policy = product ?? (credential is null ? "Anonymous" : "Platform");
        var section = configuration.GetSection($"Forge:RateLimits:{policy}");
        var limit = section.GetValue<long?>("PermitLimit") ?? (credential is null ? 120 : 600);
        if (limit <= 0)
        {
            await next(context);
            return;
        }
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60.0));
        var partition = credential switch
        {
            { TenantId: { } tenant } => $"t:{tenant}",
            not null => $"c:{credential.Id}",
            _ => $"ip:{context.Connection.RemoteIpAddress}",
        };

        RateLimitWindow hit;
        try
        {
            hit = await counter.HitAsync($"{policy.ToLowerInvariant()}:{partition}", window, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Counters unavailable (Redis down): serve the request rather than fail every call.
            logger.LogWarning(e, "Rate-limit counters unavailable; letting {Path} through", context.Request.Path);
            await next(context);
            return;
        }
        if (hit.Count > limit)
        {
            var retryAfter = Math.Max(1, (int)Math.Ceiling((hit.ResetsAt - clock.GetUtcNow()).TotalSeconds));
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await PlatformProblem.WriteAsync(context, new PlatformError(StatusCodes.Status429TooManyRequests, PlatformErrorKind.RateLimited,
                $"Rate limit of {limit} requests per {window.TotalSeconds:0} s exceeded; retry after {retryAfter} s.",
                TimeSpan.FromSeconds(retryAfter)), "Too many requests");
            return;
        }
        await next(context);
    }
}
