using Forge.Host.Platform;
using Forge.Hosting.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Forge.Host.Authentication;

/// <summary>
/// A credential of the wrong product is not "authenticated for this API": it answers 401 with the
/// reason, like a bad key, rather than a bare 403.
/// </summary>
public sealed class ForgeAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var productFailure = result.AuthorizationFailure?.FailureReasons.FirstOrDefault(r => r.Handler is ProductRequirementHandler);
        if (result.Forbidden && productFailure is not null)
            return PlatformProblem.WriteAsync(context, new PlatformError(StatusCodes.Status401Unauthorized, PlatformErrorKind.Unauthenticated, productFailure.Message), "Unauthorized");
        return _default.HandleAsync(next, context, policy, result);
    }
}
