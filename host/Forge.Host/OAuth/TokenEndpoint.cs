using System.Security.Claims;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Forge.Host.OAuth;

/// <summary>
/// <c>POST /connect/token</c>. OpenIddict has already authenticated the client and checked its
/// grant and scopes; this adds the client's tenant to the token (the only place a token's tenant
/// comes from) and refuses suspended tenants.
/// </summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/connect/token", IssueAsync).ExcludeFromDescription().AllowAnonymous();

    private static async Task<IResult> IssueAsync(HttpContext context, PlatformDbContext db, TenantCache tenants)
    {
        var request = context.GetOpenIddictServerRequest()
                      ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        if (!request.IsClientCredentialsGrantType())
            return Forbid(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");

        var client = await db.OAuthClients.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(c => c.ClientId == request.ClientId, context.RequestAborted);
        var tenant = client?.TenantId is { } id ? await tenants.FindAsync(id, context.RequestAborted) : null;
        if (client is null || tenant is null) return Forbid(Errors.InvalidClient, "The client is not linked to a tenant.");
        if (client.RevokedAt is not null) return Forbid(Errors.InvalidClient, "The client has been revoked.");
        if (tenant.State == TenantState.Suspended) return Forbid(Errors.InvalidClient, $"Tenant '{tenant.Name}' is suspended.");

        var allowed = client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var requested = request.GetScopes();
        var scopes = requested.IsEmpty ? allowed : requested.Intersect(allowed).ToArray();

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(ForgeClaims.ClientId, client.ClientId);
        identity.SetClaim(ForgeClaims.TenantId, tenant.Id.ToString());
        identity.SetClaim(ForgeClaims.CredentialType, CredentialTypes.OAuthClient);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
