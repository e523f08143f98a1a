using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddDeclaredRequestBodies();
        services.AddOpenApi(product.Product, options =>
        {
            options.ShouldInclude = description => ApiDocuments.DocumentOf(description) == product.Product;
            options.AddDocumentTransformer(new ProductDocumentTransformer(product));
            options.AddOperationTransformer(new ProductOperationTransformer(product));
            options.AddOperationTransformer<DeclaredMetadataTransformer>();
            options.AddSchemaTransformer<WireSchemaTransformer>();
            if (product.PropertyNaming is { } naming) options.AddSchemaTransformer(new WireNamingSchemaTransformer(naming));
            configure?.Invoke(options);
        });
        return services;
    }

    /// <summary>Lets endpoints declare the JSON body they read themselves (<see cref="ApiRequestBodyMetadata"/>).</summary>
    public static IServiceCollection AddDeclaredRequestBodies(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, DeclaredRequestBodyProvider>());
        return services;
    }
}
