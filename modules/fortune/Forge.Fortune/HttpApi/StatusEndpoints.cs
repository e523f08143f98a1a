using Forge.Hosting.ProductApi;
using System.Globalization;
using Forge.Fortune.Application.Status;
using Forge.Fortune.HttpApi.OpenApi;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.OpenApi;
using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
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
            .WithQuotas(FortuneProduct.Name, StatusReads)
            .WithTags("Fortune")
            .ProducesErrors(FortuneApiDocument.ErrorEnvelope, 401, 429, 500).Describe() // OpenAPI (ADR 29)
            .WithSummary("Service status: summary for anyone, measured components and incidents for Fortune callers.");
    }

    private const string FortuneCallerKey = "forge:fortune-status-caller";

    /// <summary>Set by <see cref="CredentialIfSentAsync"/> once a sent Fortune credential passed the product policy.</summary>
    private static bool IsFortuneCaller(HttpContext http) => http.Items.ContainsKey(FortuneCallerKey);

    private static bool SentCredential(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IProductCatalog>().KeyHeaders.Any(request.Headers.ContainsKey)
        || request.Headers.Authorization.Count > 0;

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

    // Not counted against the plan's quotas: its own limit, per tenant (per IP when anonymous).
    private static readonly QuotaRule StatusReads = new("status", QuotaPartition.TenantOrIp, TimeSpan.FromMinutes(1),
        http => ValueTask.FromResult(http.RequestServices.GetRequiredService<IOptionsMonitor<FortuneStatusOptions>>().CurrentValue.RequestsPerMinute is > 0 and var limit
            ? limit : (long?)null),
        limit => $"Status may be read {limit} times a minute.");
}
