using Forge.Analysis.Application;
using Forge.Hosting.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.HttpApi.OpenApi;

/// <summary>The Analysis API's OpenAPI document, <c>/openapi/analysis.json</c> (ADR 29), one row per route and method.</summary>
internal static class AnalysisApiDocument
{
    private const string Base = AnalysisProduct.BasePath;
    private const string RequestId = "Up to 255 printable ASCII characters: a repeat within 24 h returns the first request's analysis as it is now and charges nothing.";

    public static readonly ProductApiDocument Product = new(
        AnalysisProduct.Name,
        "Analysis API",
        "Resume and job-posting analysis: submit a pair (1 credit, charged only on success), poll it or receive a signed webhook, "
        + "or try the sandbox (0 credits). Every response is {\"success\", \"data\", \"message\", \"code\", \"metadata\"}; "
        + "refusals carry the error code in \"code\" and the field at fault in \"metadata.field\".",
        AnalysisProduct.KeyHeader,
        "miri_live_sk_…");

    public static readonly IReadOnlyList<ApiOperation> Operations =
    [
        Op("GET", $"{Base}/health", "getAnalysisHealth", "Health").Returns<HealthEnvelope>().Errors(503),
        Op("POST", $"{Base}/analyses", "createAnalysis", "Analyses").Body<AnalysisRequest>().Returns<Envelope<AnalysisDto>>(202)
            .Errors(400, 402, 409).Header("X-Request-ID", RequestId),
        Op("GET", $"{Base}/analyses", "listAnalyses", "Analyses").Returns<Envelope<AnalysisListDto>>().Errors(400)
            .Query<string>("status", "Only analyses in this status.", ["QUEUED", "PROCESSING", "COMPLETED", "FAILED"])
            .Query<string>("createdFrom", "ISO 8601 UTC time; inclusive.")
            .Query<string>("createdTo", "ISO 8601 UTC time; exclusive.")
            .Query<int>("limit", "Page size, 1 to 100.", defaultValue: 20, minimum: 1, maximum: 100)
            .Query<string>("cursor", "The nextCursor of the previous page."),
        Op("GET", $"{Base}/analyses/{{analysisId}}", "getAnalysis", "Analyses").Returns<Envelope<AnalysisDto>>().Errors(400, 404),
        Op("DELETE", $"{Base}/analyses/{{analysisId}}", "deleteAnalysis", "Analyses").Returns<Envelope<AnalysisDto>>().Errors(400, 404)
            .Query<bool>("includeResult", "Erase the result too (the documents are always erased)."),
        Op("POST", $"{Base}/analyses/batch", "createAnalysisBatch", "Batches").Body<BatchRequest>().Returns<Envelope<BatchDto>>(202)
            .Errors(400, 402, 409).Header("X-Request-ID", RequestId),
        Op("GET", $"{Base}/analyses/batch/{{batchId}}", "getAnalysisBatch", "Batches").Returns<Envelope<BatchDto>>().Errors(400, 404),
        Op("POST", $"{Base}/analyses/test-run", "createTestRun", "Sandbox").Body<AnalysisRequest>().Returns<Envelope<AnalysisDto>>().Errors(400),
        Op("GET", $"{Base}/analyses/test-run/{{analysisId}}", "getTestRun", "Sandbox").Returns<Envelope<AnalysisDto>>().Errors(400, 404),
    ];

    public static void Register(IServiceCollection services) => services.AddProductOpenApi(Product);

    public static TBuilder Describe<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Describe(Operations);

    private static ApiOperation Op(string method, string route, string operationId, string tag) =>
        new(method, route, operationId, tag, typeof(ErrorEnvelope));
}
