using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// Each operation of a product document gets its security: the product's API key or an OAuth token with its scope
/// (either suffices), optional where the endpoint is anonymous but a credential changes the answer.
/// </summary>
internal sealed class ProductOperationTransformer(ProductApiDocument product) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var credential = ApiDocuments.CredentialOf(context.Description.ActionDescriptor.EndpointMetadata.ToList());
        if (credential == ApiCredential.None)
        {
            operation.Security = [];
            return Task.CompletedTask;
        }
        var requirements = new List<OpenApiSecurityRequirement>();
        if (credential == ApiCredential.Optional) requirements.Add(new OpenApiSecurityRequirement());
        requirements.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(product.ApiKeySchemeId, context.Document)] = [] });
        requirements.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(product.OAuthSchemeId, context.Document)] = [product.Scope] });
        operation.Security = requirements;
        return Task.CompletedTask;
    }
}
