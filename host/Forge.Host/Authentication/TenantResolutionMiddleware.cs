using Forge.Host.OAuth;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Errors;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;

namespace Forge.Host.Authentication;

/// <summary>
/// Sets <see cref="ICurrentTenant"/> from the authenticated credential, and only from it, for the
/// rest of the request. A suspended tenant's credentials are refused with 403.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant, TenantCache tenants, RevokedClientCache revokedClients)
    {
        var credential = ForgeCredential.From(context.User);
        if (credential?.TenantId is not { } tenantId)
        {
            await next(context);
            return;
        }

        var tenant = await tenants.FindAsync(tenantId, context.RequestAborted);
        if (tenant is null)
        {
            await PlatformProblem.WriteAsync(context, new PlatformError(StatusCodes.Status401Unauthorized, PlatformErrorKind.Unauthenticated,
                "The credential's tenant no longer exists."), "Unauthorized");
            return;
        }
        if (credential.ClientId is { } clientId && await revokedClients.IsRevokedAsync(clientId, context.RequestAborted))
        {
            await PlatformProblem.WriteAsync(context, new PlatformError(StatusCodes.Status401Unauthorized, PlatformErrorKind.Unauthenticated,
                "The OAuth client of this token has been revoked."), "Unauthorized");
            return;
        }
        // A suspended tenant's admin may still reach the console, which tells them so (TenantPageModel)
        // and lets them sign out; every API call of the tenant is refused here.
        var consoleUser = credential.Type == CredentialTypes.User && AdminConsole.ConsoleSetup.IsConsolePath(context.Request.Path);
        if (tenant.State == TenantState.Suspended && !consoleUser)
        {
            await PlatformProblem.WriteAsync(context, new PlatformError(StatusCodes.Status403Forbidden, PlatformErrorKind.TenantSuspended,
                $"Tenant '{tenant.Name}' is suspended; contact the operator."), "Tenant suspended");
            return;
        }

        context.Items[typeof(TenantSnapshot)] = tenant;
        using (currentTenant.Change(tenant.Id, tenant.Name))
            await next(context);
    }
}
