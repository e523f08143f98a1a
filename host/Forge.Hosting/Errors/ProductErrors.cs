using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Errors;

/// <summary>Routes a platform-raised error to the writer of the product whose route was called.</summary>
public static class ProductErrors
{
    /// <summary>Writes <paramref name="error"/> in the product's format; false when the route has no product writer.</summary>
    public static async Task<bool> TryWriteAsync(HttpContext context, PlatformError error)
    {
        var product = context.GetEndpoint()?.Metadata.GetMetadata<ProductApiMetadata>()?.Product;
        if (product is null || context.Response.HasStarted) return false;
        var writer = context.RequestServices.GetServices<IProductErrorWriter>().FirstOrDefault(w => w.Product == product);
        if (writer is null) return false;
        context.Response.StatusCode = error.StatusCode;
        await writer.WriteAsync(context, error);
        return true;
    }
}
