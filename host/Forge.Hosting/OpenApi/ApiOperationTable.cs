using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Forge.Hosting.OpenApi;

/// <summary>Applies a module's <see cref="ApiOperation"/> rows to the endpoints they describe.</summary>
public static class ApiOperationTable
{
    /// <summary>
    /// Adds each matching row's metadata to the endpoints built from <paramref name="builder"/> (a route group or one
    /// endpoint), matched by method and full route. A row whose route no longer exists matches nothing: the module's
    /// document tests catch that (every operation must have an id, a tag and a success schema).
    /// </summary>
    public static TBuilder Describe<TBuilder>(this TBuilder builder, IReadOnlyList<ApiOperation> operations)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route) return;
            var path = "/" + string.Join('/', (route.RoutePattern.RawText ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries));
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
            var row = operations.FirstOrDefault(o => methods.Any(m => o.Matches(m, path)));
            if (row is null) return;
            foreach (var item in row.Metadata) endpoint.Metadata.Add(item);
        });
        return builder;
    }
}
