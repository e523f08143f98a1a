using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.Errors;

/// <summary>
/// Writes platform-raised errors on a product's routes in that product's own wire format
/// (status code and headers such as Retry-After are set by the platform before the call).
/// Without one, the platform writes an RFC 9457 problem document.
/// </summary>
public interface IProductErrorWriter
{
    string Product { get; }

    Task WriteAsync(HttpContext context, PlatformError error);

    /// <summary>Writes a refusal raised by the product's own code (status already set; ADR 18).</summary>
    Task WriteAsync(HttpContext context, ProductApiException error);
}
