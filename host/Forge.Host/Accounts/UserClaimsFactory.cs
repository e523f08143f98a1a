using System.Security.Claims;
using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Forge.Host.Accounts;

/// <summary>Adds the user's tenant and credential type to the console cookie's principal.</summary>
public sealed class UserClaimsFactory(UserManager<ForgeUser> users, RoleManager<ForgeRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ForgeUser, ForgeRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ForgeUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ForgeClaims.CredentialType, CredentialTypes.User));
        if (user.TenantId is { } tenant) identity.AddClaim(new Claim(ForgeClaims.TenantId, tenant.ToString()));
        return identity;
    }
}
