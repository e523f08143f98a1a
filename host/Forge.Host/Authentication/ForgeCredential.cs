using System.Security.Claims;
using Forge.Hosting.Identity;
using OpenIddict.Abstractions;

namespace Forge.Host.Authentication;

/// <summary>What authenticated the request, read uniformly from any scheme's principal.</summary>
public sealed record ForgeCredential(string Type, Guid? TenantId, string? Product, string? KeyId, string? ClientId, IReadOnlyList<string> Scopes, string? UserId)
{
    public string Id => KeyId ?? ClientId ?? UserId ?? "unknown";

    public static ForgeCredential? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var type = principal.FindFirst(ForgeClaims.CredentialType)?.Value;
        var tenant = Guid.TryParse(principal.FindFirst(ForgeClaims.TenantId)?.Value, out var id) ? id : (Guid?)null;
        return type switch
        {
            CredentialTypes.ApiKey => new(type, tenant, principal.FindFirst(ForgeClaims.Product)?.Value,
                principal.FindFirst(ForgeClaims.KeyId)?.Value, null, [], null),
            CredentialTypes.OAuthClient => new(type, tenant, null, null,
                principal.FindFirst(ForgeClaims.ClientId)?.Value, principal.GetScopes().ToList(), null),
            _ when principal.FindFirst(ClaimTypes.NameIdentifier) is { } user =>
                new(CredentialTypes.User, tenant, null, null, null, [], user.Value),
            _ => null,
        };
    }

    /// <summary>True when this credential may call <paramref name="product"/>'s API (its key, or a token with <paramref name="scope"/>).</summary>
    public bool Allows(string product, string scope) => Type switch
    {
        CredentialTypes.ApiKey => Product == product,
        CredentialTypes.OAuthClient => Scopes.Contains(scope),
        _ => false,
    };
}
