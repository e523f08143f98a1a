using System.Text.Json;
using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// Reads a product route's JSON body so that every failure names the field, in the product's own
/// envelope (ADR 18): not JSON → 415 <c>invalid_json</c>; malformed → 400 <c>invalid_json</c> with line and
/// position; a wrong type → 400 <c>invalid_field</c> with the JSON path; an unknown member → 400
/// <c>invalid_field</c> naming it when the product refuses unknown fields (ignored otherwise); a body over
/// the product's limit → 413 <c>payload_too_large</c>, whether or not it declared its length.
/// </summary>
public static class ProductJson
{
    public const string InvalidJson = "invalid_json";
    public const string InvalidField = "invalid_field";
    public const string PayloadTooLarge = "payload_too_large";

    /// <summary>The body's bytes as sent and the value read from them.</summary>
    public static async Task<(T Value, byte[] Body)> ReadAsync<T>(HttpContext context, JsonSerializerOptions? options = null) where T : class
    {
        var product = ProductOf(context);
        options ??= context.GetEndpoint()?.Metadata.GetMetadata<ProductJsonMetadata>()?.Options ?? product?.ReadJsonOptions ?? JsonSerializerOptions.Web;
        var limit = product?.MaxBodyBytes ?? 1024 * 1024;
        if (!context.Request.HasJsonContentType())
            throw new ProductApiException(ProductErrorKind.UnsupportedMediaType, InvalidJson, "Send the body as application/json.");
        if (context.Request.ContentLength > limit) throw TooLarge(product, limit);
        // A body without a length (chunked) is cut off by the server at the same size.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;

        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(product, limit);
        }
        var body = buffer.ToArray();
        try
        {
            return (JsonSerializer.Deserialize<T>(body, options)
                    ?? throw new ProductApiException(ProductErrorKind.Validation, InvalidJson, "The body must be a JSON object."), body);
        }
        catch (JsonException e)
        {
            throw JsonRefusals.From(e);
        }
    }

    private static ProductDefinition? ProductOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ProductApiMetadata>()?.Product is { } name
            ? context.RequestServices.GetService<IProductCatalog>()?.Find(name)
            : null;

    private static ProductApiException TooLarge(ProductDefinition? product, long limit) =>
        new(ProductErrorKind.PayloadTooLarge, PayloadTooLarge,
            $"The request body is larger than {limit / 1024} KB; no {product?.DisplayName ?? "API"} request needs that much.");
}

/// <summary>Overrides the product's JSON for the bodies of a group of routes (e.g. an older API version with other naming).</summary>
public sealed record ProductJsonMetadata(JsonSerializerOptions Options);
