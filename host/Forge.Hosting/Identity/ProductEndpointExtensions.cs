using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Forge.Hosting.Identity;

public static class ProductEndpointExtensions
{
    /// <summary>Authorization policy name for a product's API: its own API key or a token with its scope.</summary>
    public static string PolicyFor(string product) => $"product:{product}";

    /// <summary>
    /// A route group for a product's API: authenticated by that product's key or an OAuth token
    /// with its scope, rate-limited with the product's numbers and metered.
    /// </summary>
    public static RouteGroupBuilder MapProductApi(this IEndpointRouteBuilder endpoints, string product, string prefix = "")
    {
        var group = endpoints.MapGroup(prefix);
        group.RequireAuthorization(PolicyFor(product));
        group.WithMetadata(new ProductApiMetadata(product));
        return group;
    }
}

/// <summary>Marks an endpoint as part of a product's API (read by metering and rate limiting).</summary>
public sealed record ProductApiMetadata(string Product);
