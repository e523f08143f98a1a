using Forge.Hosting.ProductApi;
using System.Diagnostics;
using Forge.Fortune.Application;
using Forge.Fortune.Calculations;
using Forge.Fortune.HttpApi.OpenApi;
using Forge.Fortune.Simple;
using Forge.Hosting.Features;
using Forge.Hosting.Identity;
using Forge.Hosting.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// The Fortune routes: the v1 resource API (Enterprise tier) and the v0 simple API (every plan),
/// each behind the product's credential, plan quotas and error envelope.
/// </summary>
internal static class FortuneEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/health", (TimeProvider clock) => TypedResults.Ok(new LivenessAnswer("healthy", clock.GetUtcNow())))
            .AllowAnonymous().WithTags("Fortune").InApiDocument(FortuneProduct.Name).Describe();

        var v1 = ProductGroup(endpoints, "/v1")
            .RequireFeature(FortuneFeatures.EnterpriseApi, _ => new EnterpriseRequiredResult());
        v1.MapPost("/calculations/saju", (Body<SajuCalculationInput> body, SajuCalculationAppService calculations) =>
                TypedResults.Json(calculations.Calculate(body.Value), FortuneJson.V1))
            .WithSummary("Compute a Four Pillars chart (nothing stored).");
        v1.MapPost("/calculations/yearly", async (Body<YearlyCalculationInput> body, HttpContext http, YearlyCalculationAppService yearly) =>
                TypedResults.Json(await yearly.CalculateAsync(body.Value, http.RequestAborted), FortuneJson.V1))
            .WithSummary("A chart's year: 세운, the year's reading and its twelve 節 months (nothing stored).");
        ProfileEndpoints.Map(v1);
        BatchEndpoints.Map(v1);
        FortuneResourceEndpoints.Map(v1);
        FortuneStreamEndpoints.Map(v1);
        ReportEndpoints.Map(v1);
        StatusEndpoints.Map(endpoints);
        WebhookEndpoints.Map(v1);
        EventFeedEndpoints.Map(v1);

        var v0 = ProductGroup(endpoints, "/api").WithMetadata(new ProductJsonMetadata(FortuneJson.V0)); // v0 is camelCase
        v0.MapPost("/saju", (Body<SimpleSajuInput> body, HttpContext http, SimpleSajuAppService saju) =>
            {
                var started = Stopwatch.GetTimestamp();
                var result = saju.Calculate(body.Value);
                var meta = new SimpleMeta(ProductRequestId.Get(http), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return TypedResults.Json(new SimpleEnvelope<SimpleSajuResult>(true, result, meta), FortuneJson.V0);
            })
            .WithSummary("v0: compute a Four Pillars chart.");
        SimpleDailyFortuneEndpoints.Map(v0);
    }

    private static RouteGroupBuilder ProductGroup(IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapProductApi(FortuneProduct.Name, prefix, ownsRateLimits: true).WithTags("Fortune");
        group.AddEndpointFilter<ApiLatencyFilter>();
        group.WithProductErrors();
        group.WithQuotas(FortuneProduct.Name, FortuneQuotas.PerMinute, FortuneQuotas.PerDay);
        group.ProducesErrors(FortuneApiDocument.ErrorEnvelope, 401, 403, 429, 500).Describe(); // OpenAPI (ADR 29)
        return group;
    }

    private sealed class EnterpriseRequiredResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => FortuneErrors.WriteAsync(httpContext, 403,
            FortuneErrorCodes.EnterpriseRequired, FortuneErrorTypes.Forbidden,
            "This endpoint is part of the Enterprise plan. Use the v0 API (/api/...) or contact sales to enable the v1 API.");
    }
}

/// <summary>The body of <c>GET /v1/health</c>: the product answers at all.</summary>
internal sealed record LivenessAnswer(string Status, DateTimeOffset Timestamp);
