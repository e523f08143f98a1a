using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// The <c>req_…</c> id of a call on a product route: made once per request, sent in the product's
/// request-id header and quoted by its error envelope and audit entries.
/// </summary>
public static class ProductRequestId
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static readonly object Key = new();

    public static string Get(HttpContext context)
    {
        if (context.Items[Key] is string id) return id;
        id = "req_" + RandomNumberGenerator.GetString(Alphabet, 20);
        context.Items[Key] = id;
        if (!context.Response.HasStarted) context.Response.Headers[HeaderFor(context)] = id;
        return id;
    }

    private static string HeaderFor(HttpContext context)
    {
        var product = context.GetEndpoint()?.Metadata.GetMetadata<Identity.ProductApiMetadata>()?.Product;
        var definition = product is null ? null : context.RequestServices.GetService<IProductCatalog>()?.Find(product);
        return definition?.RequestIdHeader ?? "X-Request-Id";
    }
}
