using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// A product route's quotas (ADR 19): counted by the kernel's <see cref="QuotaGate"/> under the product's name,
/// and past a limit a 429 written by the product's error writer (<c>rate_limited</c>, <c>retry_after</c> in the
/// exception's metadata, <c>Retry-After</c> set by the gate).
/// </summary>
public sealed class ProductQuotaFilter(string product, IReadOnlyList<QuotaRule> rules) : IEndpointFilter
{
    public const string RateLimited = "rate_limited";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var decision = await QuotaGate.CountAsync(context.HttpContext, product, rules);
        if (!decision.IsExceeded) return await next(context);
        return new ProductErrorResult(new ProductApiException(ProductErrorKind.RateLimited, RateLimited, decision.Message,
            metadata: new Dictionary<string, object?> { ["retry_after"] = decision.RetryAfterSeconds }));
    }
}

public static class ProductQuotaEndpointExtensions
{
    /// <summary>Adds a <see cref="ProductQuotaFilter"/> with <paramref name="rules"/> at this point of the filter chain.</summary>
    public static TBuilder WithQuotas<TBuilder>(this TBuilder builder, string product, params QuotaRule[] rules) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new ProductQuotaFilter(product, rules));
}
