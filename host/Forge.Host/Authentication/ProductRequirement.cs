using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Forge.Host.Authentication;

/// <summary>The credential must be the product's own key, or a token with the product's scope.</summary>
public sealed record ProductRequirement(string Product, string Scope) : IAuthorizationRequirement;

public sealed class ProductRequirementHandler : AuthorizationHandler<ProductRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ProductRequirement requirement)
    {
        var credential = ForgeCredential.From(context.User);
        if (credential?.Allows(requirement.Product, requirement.Scope) == true)
            context.Succeed(requirement);
        else
            context.Fail(new AuthorizationFailureReason(this, credential?.Type switch
            {
                CredentialTypes.ApiKey => $"This API key is for the {credential.Product} API; the {requirement.Product} API needs its own key.",
                CredentialTypes.OAuthClient => $"The access token lacks the '{requirement.Scope}' scope.",
                _ => $"The {requirement.Product} API needs a {requirement.Product} API key or an OAuth token with the '{requirement.Scope}' scope.",
            }));
        return Task.CompletedTask;
    }
}
