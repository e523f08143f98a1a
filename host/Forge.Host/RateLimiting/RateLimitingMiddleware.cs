using Forge.Host.Authentication;
using Forge.Host.Platform;
using Forge.Hosting.Errors;
using Forge.Hosting.Identity;
using Forge.Hosting.RateLimiting;

namespace Forge.Host.RateLimiting;

/// <summary>
/// The platform's limits (ADR 6, 34) as a use of the kernel's <see cref="QuotaGate"/>: the policy is the endpoint's
/// product, <c>Platform</c> for other authenticated calls and <c>Anonymous</c> for the rest (every request, routed
/// or not, so it stays a middleware). Routes whose product owns its limits are left to their quota filter.
/// A refusal is a 429 in the product's format on its routes, else the platform's problem document.
/// </summary>
public sealed class RateLimitingMiddleware(RequestDelegate next, PlatformRateLimits limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var productApi = context.GetEndpoint()?.Metadata.GetMetadata<ProductApiMetadata>();
        if (productApi?.OwnsRateLimits == true)
        {
            await next(context);
            return;
        }
        var policy = productApi?.Product ?? (ForgeCredential.From(context.User) is null ? RateLimitOptions.Anonymous : RateLimitOptions.Platform);
        var rules = limits.For(policy);
        var decision = rules.Length == 0 ? QuotaDecision.Allowed : await QuotaGate.CountAsync(context, PlatformRateLimits.Scope, rules);
        if (!decision.IsExceeded)
        {
            await next(context);
            return;
        }
        await PlatformProblem.WriteAsync(context, new PlatformError(StatusCodes.Status429TooManyRequests, PlatformErrorKind.RateLimited,
            $"{decision.Message}; retry after {decision.RetryAfterSeconds} s.", TimeSpan.FromSeconds(decision.RetryAfterSeconds)), "Too many requests");
    }
}
