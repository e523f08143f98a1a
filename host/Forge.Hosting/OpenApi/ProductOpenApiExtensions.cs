using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.OpenApi;

/// <summary>One OpenAPI document per product (ADR 29): declaring the product is all a module does to get one.</summary>
public static class ProductOpenApiExtensions
{
    /// <summary>
    /// Registers <c>/openapi/{product}.json</c> (and its Scalar page, which the host maps for every registered
    /// <see cref="ProductApiDocument"/>): the product's endpoints, security schemes and declared metadata.
    /// <paramref name="configure"/> adds the product's own transformers (e.g. for its wire-only types).
    /// </summary>
    public static IServiceCollection AddProductOpenApi(this IServiceCollection services, ProductApiDocument product,
        Action<OpenApiOptions>? configure = null)
    {
        services.AddSingleton(product);
        services.AddOpenApi(product.Product, options =>
        {
            options.ShouldInclude = description => ApiDocuments.DocumentOf(description) == product.Product;
            options.AddDocumentTransformer(new ProductDocumentTransformer(product));
            options.AddOperationTransformer(new ProductOperationTransformer(product));
            options.AddOperationTransformer<DeclaredMetadataTransformer>();
            options.AddSchemaTransformer<WireSchemaTransformer>();
            configure?.Invoke(options);
        });
        return services;
    }
}
