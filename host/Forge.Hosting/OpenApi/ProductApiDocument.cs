namespace Forge.Hosting.OpenApi;

/// <summary>
/// What a product's OpenAPI document says about the product as a whole (ADR 29). A module declares it with
/// <see cref="ProductOpenApiExtensions.AddProductOpenApi"/>; the document then holds every endpoint whose
/// <see cref="Identity.ProductApiMetadata"/> (or <see cref="ApiDocumentMetadata"/>) names the product.
/// </summary>
/// <param name="Product">The product id: also the document name (<c>/openapi/{product}.json</c>, <c>/scalar/{product}</c>).</param>
/// <param name="ApiKeyHeader">The header the product's API keys travel in.</param>
/// <param name="ApiKeyFormat">How a key looks, for the reader (e.g. <c>bs_live_…</c>).</param>
public sealed record ProductApiDocument(
    string Product,
    string Title,
    string Description,
    string ApiKeyHeader,
    string ApiKeyFormat,
    string Version = "1.0")
{
    /// <summary>The OAuth 2.0 scope a client-credentials token needs for this product: the product id.</summary>
    public string Scope => Product;

    /// <summary>
    /// The naming policy the product's JSON uses when it differs from the host's camelCase schemas and its types do not
    /// name their properties explicitly (e.g. snake_case); null keeps the generator's names.
    /// </summary>
    public System.Text.Json.JsonNamingPolicy? PropertyNaming { get; init; }

    public string ApiKeySchemeId => $"{Product}ApiKey";

    public string OAuthSchemeId => $"{Product}OAuth";
}

/// <summary>Puts an endpoint that is not mapped in a product group (e.g. an anonymous probe) into that product's document.</summary>
public sealed record ApiDocumentMetadata(string DocumentName);
