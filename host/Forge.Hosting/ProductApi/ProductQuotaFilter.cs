using System.Globalization;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// The kernel quota filter (ADR 19): counts the call in each rule's shared fixed window, sets
/// <c>X-RateLimit-Limit</c> (the first rule's limit), <c>-Remaining</c> (the least left over all rules) and
/// <c>-Reset</c>, and past any limit answers 429 with <c>Retry-After</c> through the product's error writer
/// (<c>retry_after</c> in the exception's metadata). When several are exceeded, the one that resets last is reported.
/// </summary>
public sealed class ProductQuotaFilter(string product, IReadOnlyList<QuotaRule> rules) : IEndpointFilter
{
    public const string RateLimited = "rate_limited";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var counter = services.GetRequiredService<IRateLimitCounter>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var counted = new List<(QuotaRule Rule, long Limit, RateLimitWindow Hit)>();
        foreach (var rule in rules)
        {
            if (Partition(http, rule.Partition) is not { } partition || await rule.Limit(http) is not { } limit) continue;
            var key = $"{product}:{rule.Name}:{partition}";
            var hit = rule.WindowStart is { } start
                ? await counter.HitAsync(key, start(now), rule.Window, http.RequestAborted)
                : await counter.HitAsync(key, rule.Window, http.RequestAborted);
            counted.Add((rule, limit, hit));
        }
        if (counted.Count == 0) return await next(context);

        var exceeded = counted.Where(c => c.Hit.Count > c.Limit).OrderByDescending(c => c.Hit.ResetsAt).FirstOrDefault();
        var reset = exceeded.Rule is null ? counted[0].Hit.ResetsAt : exceeded.Hit.ResetsAt;
        var headers = http.Response.Headers;
        headers["X-RateLimit-Limit"] = counted[0].Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(0, counted.Min(c => c.Limit - c.Hit.Count)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (exceeded.Rule is null) return await next(context);

        var retryAfter = Math.Max(1, (int)Math.Ceiling((reset - now).TotalSeconds));
        headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return new ProductErrorResult(new ProductApiException(ProductErrorKind.RateLimited, RateLimited, exceeded.Rule.Message(exceeded.Limit),
            metadata: new Dictionary<string, object?> { ["retry_after"] = retryAfter }));
    }

    private static string? Partition(HttpContext http, QuotaPartition partition)
    {
        var tenant = http.RequestServices.GetRequiredService<ICurrentTenant>().Id;
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return partition switch
        {
            QuotaPartition.Tenant => tenant?.ToString(),
            QuotaPartition.Key => http.RequestServices.GetRequiredService<ICurrentCaller>() is var caller ? caller.KeyId ?? caller.ClientId : null,
            QuotaPartition.Ip => ip,
            _ => tenant is { } id ? $"t:{id}" : $"ip:{ip}",
        };
    }
}

public static class ProductQuotaEndpointExtensions
{
    /// <summary>Adds a <see cref="ProductQuotaFilter"/> with <paramref name="rules"/> at this point of the filter chain.</summary>
    public static TBuilder WithQuotas<TBuilder>(this TBuilder builder, string product, params QuotaRule[] rules) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new ProductQuotaFilter(product, rules));
}
