using Forge.Hosting.OpenApi;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Host.OpenApi;

/// <summary>A platform operation that needs a caller accepts any of the platform's credentials.</summary>
internal sealed class PlatformOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var keySchemes = context.ApplicationServices.GetRequiredService<IProductCatalog>().KeyHeaders.Select(PlatformDocumentTransformer.KeyScheme);
        string[] schemes = [.. keySchemes, PlatformDocumentTransformer.OAuthScheme, PlatformDocumentTransformer.CookieScheme];
        var credential = ApiDocuments.CredentialOf(context.Description.ActionDescriptor.EndpointMetadata.ToList());
        operation.Security = credential == ApiCredential.None
            ? []
            : schemes.Select(s => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(s, context.Document)] = [] }).ToList();
        return Task.CompletedTask;
    }
}
