using Forge.Hosting.Errors;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;

namespace Forge.TestModules.Notes;

/// <summary>The Notes "product" error format, to prove platform errors follow the product's format.</summary>
public sealed class NotesErrorWriter : IProductErrorWriter
{
    public string Product => NotesModule.Product;

    public Task WriteAsync(HttpContext context, PlatformError error) =>
        context.Response.WriteAsJsonAsync(new { notes_error = error.Kind.ToString(), message = error.Message, retry_after = error.RetryAfter?.TotalSeconds });

    public Task WriteAsync(HttpContext context, ProductApiException error) =>
        context.Response.WriteAsJsonAsync(new { notes_error = error.Code, message = error.Message, field = error.Field });
}
