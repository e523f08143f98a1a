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
}
