using Forge.Hosting.ProductApi;
using System.Globalization;
using Forge.Fortune.Application.Status;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// <c>GET /v1/status</c> (seed 002, ADR 13): public, outside the Enterprise group. No credential → the summary;
/// a valid Fortune credential of any plan → the details; a credential that is sent but invalid → 401, as the
/// page documents. Its own per-minute limit instead of the plan quotas, so monitoring does not eat them.
/// </summary>
internal static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/status", async (HttpContext http, ServiceStatusAppService status) =>
                TypedResults.Json(await status.GetAsync(IsFortuneCaller(http), http.RequestAborted), FortuneJson.V1))
            .AllowAnonymous()
            .WithMetadata(new ProductApiMetadata(FortuneProduct.Name, OwnsRateLimits: true))
            .WithProductErrors()
            .AddEndpointFilter(CredentialIfSentAsync)
            .AddEndpointFilter(RateLimitAsync)
            .WithTags("Fortune")
            .WithSummary("Service status: summary for anyone, measured components and incidents for Fortune callers.");
    }

    private const string FortuneCallerKey = "forge:fortune-status-caller";

    /// <summary>Set by <see cref="CredentialIfSentAsync"/> once a sent Fortune credential passed the product policy.</summary>
    private static bool IsFortuneCaller(HttpContext http) => http.Items.ContainsKey(FortuneCallerKey);

    private static bool SentCredential(HttpRequest request) =>
        request.Headers.ContainsKey("X-API-Key") || request.Headers.ContainsKey("Miri-Api-Key") || request.Headers.Authorization.Count > 0;

    /// <summary>A sent credential must be a valid Fortune one (the product policy of every other route); none at all is fine.</summary>
    private static async ValueTask<object?> CredentialIfSentAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!SentCredential(http.Request)) return await next(context);
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // The credential handler writes why (missing, invalid, expired…) in Fortune's envelope.
            await http.ChallengeAsync();
            return Results.Empty;
        }
        var policy = ProductEndpointExtensions.PolicyFor(FortuneProduct.Name);
        var authorization = await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, policy);
        if (authorization.Succeeded)
        {
            http.Items[FortuneCallerKey] = true;
            return await next(context);
        }
        var reason = authorization.Failure?.FailureReasons.FirstOrDefault()?.Message ?? "This credential is not valid for the Fortune API.";
        return FortuneErrors.Result(http, 401, FortuneErrorCodes.InvalidApiKey, FortuneErrorTypes.Authentication, reason);
    }

    private static async ValueTask<object?> RateLimitAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var limit = FortuneStatusOptions.From(services.GetRequiredService<IConfiguration>()).RequestsPerMinute;
        if (limit <= 0) return await next(context);
        var partition = services.GetRequiredService<ICurrentTenant>().Id is { } tenant ? $"t:{tenant}" : $"ip:{http.Connection.RemoteIpAddress}";
        var hit = await services.GetRequiredService<IRateLimitCounter>().HitAsync($"fortune:status:{partition}", TimeSpan.FromMinutes(1), http.RequestAborted);
        http.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-RateLimit-Remaining"] = Math.Max(0, limit - hit.Count).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-RateLimit-Reset"] = hit.ResetsAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (hit.Count <= limit) return await next(context);

        var retryAfter = Math.Max(1, (int)Math.Ceiling((hit.ResetsAt - services.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds));
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return FortuneErrors.Result(http, 429, FortuneErrorCodes.RateLimited, FortuneErrorTypes.RateLimited,
            $"Status may be read {limit} times a minute.", retryAfter: retryAfter);
    }
}
