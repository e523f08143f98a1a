using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Forge.Hosting.Identity;

public static class ProductEndpointExtensions
{
    /// <summary>Authorization policy name for a product's API: its own API key or a token with its scope.</summary>
    public static string PolicyFor(string product) => $"product:{product}";

    /// <summary>
    /// A route group for a product's API: authenticated by that product's key or an OAuth token
    /// with its scope, metered, and rate-limited with <c>Forge:RateLimits:&lt;product&gt;</c> unless
    /// <paramref name="ownsRateLimits"/> says the module enforces its own (plan) quotas.
    /// </summary>
    public static RouteGroupBuilder MapProductApi(this IEndpointRouteBuilder endpoints, string product, string prefix = "", bool ownsRateLimits = false)
    {
        var group = endpoints.MapGroup(prefix);
        group.RequireAuthorization(PolicyFor(product));
        group.WithMetadata(new ProductApiMetadata(product, ownsRateLimits));
        return group;
    }
}

/// <summary>Marks an endpoint as part of a product's API (read by metering, rate limiting and error formatting).</summary>
public sealed record ProductApiMetadata(string Product, bool OwnsRateLimits = false);
