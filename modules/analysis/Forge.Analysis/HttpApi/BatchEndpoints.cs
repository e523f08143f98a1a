using Forge.Analysis.Application;
using Forge.Hosting.Idempotency;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Analysis.HttpApi;

/// <summary><c>POST /analyses/batch</c> (202, X-Request-ID like a single analysis) and <c>GET /analyses/batch/{batchId}</c> (ADR 40).</summary>
internal static class BatchEndpoints
{
    public const string SubmitRoute = "POST /public/v1/analyses/batch";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/analyses/batch", async (Body<BatchRequest> body, HttpContext http, AnalysisBatches batches) =>
        {
            var request = body.Value;
            return await IdempotentEndpoint.RunAsync(http, SubmitRoute, body.Raw, async () =>
                {
                    var batch = await batches.SubmitAsync(request, http.RequestAborted);
                    var (_, items) = await batches.GetAsync(batch.Id, http.RequestAborted);
                    return new IdempotentOutcome(StatusCodes.Status202Accepted, AnalysisEnvelope.Ok(BatchViews.Render(batch, items, accepted: true)),
                        $"{AnalysisProduct.BasePath}/analyses/batch/{batch.Id}", batch.Id);
                },
                current: async id =>
                {
                    var (batch, items) = await batches.GetAsync(id, http.RequestAborted);
                    return TypedResults.Json(AnalysisEnvelope.Ok(BatchViews.Render(batch, items)), AnalysisProduct.Definition.JsonOptions,
                        statusCode: StatusCodes.Status202Accepted);
                });
        });

        api.MapGet("/analyses/batch/{batchId}", async (string batchId, AnalysisBatches batches, CancellationToken ct) =>
        {
            var (batch, items) = await batches.GetAsync(AnalysisReader.CheckId(batchId, "batchId"), ct);
            return TypedResults.Json(AnalysisEnvelope.Ok(BatchViews.Render(batch, items)), AnalysisProduct.Definition.JsonOptions);
        });
    }
}
