using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Host.OpenApi;

/// <summary>
/// The platform document's title and credentials: any product's API key (in its header), an OAuth 2.0
/// client-credentials token, or the console's sign-in cookie.
/// </summary>
internal sealed class PlatformDocumentTransformer : IOpenApiDocumentTransformer
{
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
        var products = context.ApplicationServices.GetRequiredService<IProductCatalog>();
        foreach (var header in products.KeyHeaders)
        {
            var owners = products.All.Where(p => p.ApiKey.IsSentIn(header)).Select(p => $"{p.DisplayName} ({p.ApiKey.Prefix}…)");
            schemes[KeyScheme(header)] = ApiKey(header, $"An API key of: {string.Join(", ", owners)}.");
        }
        schemes[OAuthScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "A bearer token from the client-credentials grant.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = products.All.ToDictionary(p => p.Scope, p => $"Call the {p.Name} API."),
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

    /// <summary>The scheme name of a key header: <c>X-API-Key</c> → <c>apiKey</c>, <c>Miri-Api-Key</c> → <c>miriApiKey</c>.</summary>
    public static string KeyScheme(string header)
    {
        var parts = header.Split('-', StringSplitOptions.RemoveEmptyEntries).SkipWhile(p => p.Equals("X", StringComparison.OrdinalIgnoreCase)).ToArray();
        return string.Concat(parts.Select((p, i) => i == 0 ? p.ToLowerInvariant() : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
    }

    private static OpenApiSecurityScheme ApiKey(string header, string description) =>
        new() { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = header, Description = description };
}
