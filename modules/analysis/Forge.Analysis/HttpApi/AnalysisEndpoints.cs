using Forge.Analysis.Application;
using Forge.Analysis.HttpApi.OpenApi;
using Forge.Hosting.OpenApi;
using Forge.Hosting.Identity;
using Forge.Hosting.Idempotency;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forge.Analysis.HttpApi;

/// <summary>The Analysis routes under <c>/public/v1</c> (seed 003, ADR 40).</summary>
internal static class AnalysisEndpoints
{
    public const string SubmitRoute = "POST /public/v1/analyses";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Public and measured (ADR 40): the database and the job server, as the host's readiness checks see them.
        endpoints.MapGet($"{AnalysisProduct.BasePath}/health", async (HealthCheckService health, TimeProvider clock, CancellationToken ct) =>
        {
            var report = await health.CheckHealthAsync(c => c.Tags.Contains("ready"), ct);
            var up = report.Status == HealthStatus.Healthy;
            return TypedResults.Json(new HealthEnvelope(true, new HealthData(up ? "UP" : "DOWN", WireTime.ToWire(clock.GetUtcNow())), null, "SUCCESS"),
                AnalysisProduct.Definition.JsonOptions, statusCode: up ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().WithMetadata(new ProductApiMetadata(AnalysisProduct.Name)).InApiDocument(AnalysisProduct.Name).Describe();

        var api = endpoints.MapProductApi(AnalysisProduct.Name, AnalysisProduct.BasePath).WithProductErrors();
        api.ProducesErrors(typeof(ErrorEnvelope), 401, 403, 429, 500).Describe(); // OpenAPI (ADR 29)

        api.MapPost("/analyses", async (Body<AnalysisRequest> body, HttpContext http, SubmissionValidator validator,
            AnalysisSubmissions submissions, AnalysisReader reader, AnalysisViews views) =>
        {
            var input = await validator.ValidateAsync(body.Value, http.RequestAborted);
            var requestId = http.Request.Headers["X-Request-ID"].ToString();
            return await IdempotentEndpoint.RunAsync(http, SubmitRoute, body.Raw, async () =>
                {
                    var analysis = await submissions.SubmitAsync(input, requestId.Length == 0 ? null : requestId, http.RequestAborted);
                    return new IdempotentOutcome(StatusCodes.Status202Accepted, AnalysisEnvelope.Ok(await views.RenderAsync(analysis, http.RequestAborted)),
                        AnalysisViews.SelfLink(analysis), analysis.Id);
                },
                current: async id => Accepted(await views.RenderAsync(await reader.GetAsync(id, http.RequestAborted), http.RequestAborted)));
        });

        api.MapGet("/analyses/{analysisId}", async (string analysisId, AnalysisReader reader, AnalysisViews views, CancellationToken ct) =>
            Ok(await views.RenderAsync(await reader.GetAsync(AnalysisReader.CheckId(analysisId), ct), ct)));

        api.MapPost("/analyses/test-run", async (Body<AnalysisRequest> body, HttpContext http, SubmissionValidator validator,
            SandboxRuns sandbox, AnalysisViews views) =>
        {
            var input = await validator.ValidateAsync(body.Value, http.RequestAborted);
            var analysis = await sandbox.RunAsync(input, http.RequestAborted);
            return Ok(await views.RenderAsync(analysis, http.RequestAborted));
        });

        api.MapGet("/analyses/test-run/{analysisId}", async (string analysisId, SandboxRuns sandbox, AnalysisViews views, CancellationToken ct) =>
        {
            var id = AnalysisReader.CheckId(analysisId);
            return Ok(await views.RenderAsync(await sandbox.FindAsync(id, ct) ?? throw AnalysisReader.NotFound(id), ct));
        });

        AnalysisListEndpoints.Map(api);
        BatchEndpoints.Map(api);

        // ADR 40: unknown routes under the base path are NOT001 in the product's envelope, not a bare 404.
        api.Map("/{**rest}", IResult (string? rest) => throw new ProductApiException(ProductErrorKind.NotFound, AnalysisErrorCodes.NotFound,
            $"No such endpoint: {AnalysisProduct.BasePath}/{rest}.")).ExcludeFromDescription();
    }

    private static IResult Ok(object data) => TypedResults.Json(AnalysisEnvelope.Ok(data), AnalysisProduct.Definition.JsonOptions);

    private static IResult Accepted(object data) =>
        TypedResults.Json(AnalysisEnvelope.Ok(data), AnalysisProduct.Definition.JsonOptions, statusCode: StatusCodes.Status202Accepted);

    /// <summary>The documented health body: no <c>metadata</c> member.</summary>
    internal sealed record HealthEnvelope(bool Success, HealthData Data, string? Message, string Code);

    internal sealed record HealthData(string Status, string Timestamp);
}
