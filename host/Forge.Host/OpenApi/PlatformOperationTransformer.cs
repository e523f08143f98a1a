using Forge.Hosting.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Host.OpenApi;

/// <summary>A platform operation that needs a caller accepts any of the platform's credentials.</summary>
internal sealed class PlatformOperationTransformer : IOpenApiOperationTransformer
{
    private static readonly string[] Schemes =
        [PlatformDocumentTransformer.XApiKeyScheme, PlatformDocumentTransformer.MiriApiKeyScheme,
         PlatformDocumentTransformer.OAuthScheme, PlatformDocumentTransformer.CookieScheme];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var credential = ApiDocuments.CredentialOf(context.Description.ActionDescriptor.EndpointMetadata.ToList());
        operation.Security = credential == ApiCredential.None
            ? []
            : Schemes.Select(s => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(s, context.Document)] = [] }).ToList();
        return Task.CompletedTask;
    }
}
