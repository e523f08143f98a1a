using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// A product document's title and security schemes: the product's API-key header, and OAuth 2.0 client
/// credentials at <c>/connect/token</c> with the product's scope (ADR 29).
/// </summary>
internal sealed class ProductDocumentTransformer(ProductApiDocument product) : IOpenApiDocumentTransformer
{
    public const string TokenPath = "/connect/token";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = product.Title, Version = product.Version, Description = product.Description };
        // Paths are relative to wherever the document was fetched from: no server list that depends on the
        // request's host, so the document is the same on every host (and its snapshot stable).
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[product.ApiKeySchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = product.ApiKeyHeader,
            Description = $"A {product.Product} API key ({product.ApiKeyFormat}) issued to the tenant.",
        };
        document.Components.SecuritySchemes[product.OAuthSchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = $"A bearer token from the client-credentials grant with the '{product.Scope}' scope.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(TokenPath, UriKind.Relative),
                    Scopes = new Dictionary<string, string> { [product.Scope] = $"Call the {product.Title}." },
                },
            },
        };
        return Task.CompletedTask;
    }
}
