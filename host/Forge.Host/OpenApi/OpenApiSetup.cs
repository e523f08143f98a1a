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

    public const string DocumentsPath = "/openapi";
    public const string ReferencePath = "/scalar";

    /// <summary>The documents and Scalar, mapped on the first request for either (<see cref="Platform.EndpointsOnFirstRequest"/>, ADR 78).</summary>
    public static void MapDocuments(IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentsPath + "/{documentName}.json");
        var products = app.ServiceProvider.GetServices<ProductApiDocument>().ToList();
        app.MapScalarApiReference(ReferencePath, options =>
        {
            options.AddDocument(ApiDocuments.Platform, "Forge platform", "/openapi/platform.json");
            foreach (var product in products)
                options.AddDocument(product.Product, product.Title, $"/openapi/{product.Product}.json");
        });
    }
}
