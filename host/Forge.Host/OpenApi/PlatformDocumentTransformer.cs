using Forge.Host.ApiKeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Host.OpenApi;

/// <summary>
/// The platform document's title and credentials: any product's API key (in its header), an OAuth 2.0
/// client-credentials token, or the console's sign-in cookie.
/// </summary>
internal sealed class PlatformDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string XApiKeyScheme = "apiKey";
    public const string MiriApiKeyScheme = "miriApiKey";
    public const string OAuthScheme = "oauth";
    public const string CookieScheme = "consoleCookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Forge platform",
            Version = "1.0",
            Description = "The host's own endpoints: who a credential belongs to, and the console's sign-in. "
                          + "Tokens are issued at /connect/token (OAuth 2.0 client credentials, form-encoded).",
        };
        document.Servers = []; // relative to the host that served it
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        var schemes = document.Components.SecuritySchemes;
        schemes[XApiKeyScheme] = ApiKey(ApiKeyFormat.XApiKey, "A Fortune (bs_live_…) or NotionForge (nf_live_…) API key.");
        schemes[MiriApiKeyScheme] = ApiKey(ApiKeyFormat.MiriApiKey, "An Analysis API key (miri_live_sk_…).");
        schemes[OAuthScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "A bearer token from the client-credentials grant.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = Forge.Hosting.Identity.Products.All.ToDictionary(p => p, p => $"Call the {p} API."),
                },
            },
        };
        schemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "forge.auth",
            Description = "The console's session cookie, set by POST /api/account/login.",
        };
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme ApiKey(string header, string description) =>
        new() { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = header, Description = description };
}
