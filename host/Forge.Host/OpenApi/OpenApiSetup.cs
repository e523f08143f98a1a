using Forge.Hosting.OpenApi;
using Scalar.AspNetCore;

namespace Forge.Host.OpenApi;

/// <summary>
/// The API descriptions (ADR 29): <c>/openapi/platform.json</c> for the platform's own endpoints and
/// <c>/openapi/{product}.json</c> for each product a module declared with <c>AddProductOpenApi</c>;
/// Scalar shows each at <c>/scalar/{document}</c> (and all of them, with a picker, at <c>/scalar/</c>).
/// </summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddForgeOpenApi(this IServiceCollection services)
    {
        services.AddDeclaredRequestBodies();
        services.AddOpenApi(ApiDocuments.Platform, options =>
        {
            options.ShouldInclude = description => ApiDocuments.DocumentOf(description) == ApiDocuments.Platform;
            options.AddDocumentTransformer<PlatformDocumentTransformer>();
            options.AddOperationTransformer<PlatformOperationTransformer>();
            options.AddOperationTransformer<DeclaredMetadataTransformer>();
            options.AddSchemaTransformer<WireSchemaTransformer>();
        });
        return services;
    }

    public static void MapForgeOpenApi(this WebApplication app)
    {
        app.MapOpenApi(); // /openapi/{documentName}.json
        var products = app.Services.GetServices<ProductApiDocument>().ToList();
        app.MapScalarApiReference("/scalar", options =>
        {
            options.AddDocument(ApiDocuments.Platform, "Forge platform", "/openapi/platform.json");
            foreach (var product in products)
                options.AddDocument(product.Product, product.Title, $"/openapi/{product.Product}.json");
        });
    }
}
