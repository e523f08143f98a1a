using Forge.Hosting.ProductApi;
using System.Security.Claims;
using Forge.Fortune.Application.Audit;
using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Http;

namespace Forge.Fortune.HttpApi;

/// <summary>The request's caller as the application layer audits it: address, masked key, request id, endpoint.</summary>
internal static class FortuneCallerFactory
{
    // Fortune keys are bs_live_<12-char public id>_<secret>; the audit log shows the prefix and four id characters.
    private const string KeyPrefix = "bs_live_";

    public static FortuneCaller From(HttpContext http)
    {
        var user = http.User;
        var keyId = user.FindFirstValue(ForgeClaims.KeyId);
        return new FortuneCaller(
            http.Connection.RemoteIpAddress?.ToString(),
            keyId is { Length: > 0 } ? KeyPrefix + keyId[..Math.Min(4, keyId.Length)] + "…" : null,
            user.FindFirstValue(ForgeClaims.ClientId),
            ProductRequestId.Get(http),
            http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            $"{http.Request.Method} {http.Request.Path}",
            user.FindAll(ForgeClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
