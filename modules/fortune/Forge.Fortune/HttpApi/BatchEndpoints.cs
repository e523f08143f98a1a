using Forge.Hosting.Identity;
using Forge.Hosting.Idempotency;
using Forge.Fortune.Application.Batches;
using Forge.Fortune.Batches;
using Microsoft.AspNetCore.Builder;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// <c>/v1/fortunes/batch</c> (seed 000), inside the v1 group. Create answers <b>202 Accepted</b> with the Batch
/// object and <c>Location: /v1/fortunes/batch/{id}</c> (the work happens later, ADR 14), under an optional
/// idempotency key like <c>POST /v1/fortunes</c>.
/// </summary>
internal static class BatchEndpoints
{
    public const string CreateEndpoint = "POST /v1/fortunes/batch";

    public static void Map(RouteGroupBuilder v1)
    {
        var batches = v1.MapGroup("/fortunes/batch");

        batches.MapPost("/", async (Body<FortuneBatchCreateInput> request, HttpContext http, FortuneBatchAppService app) =>
            {
                var input = request.Value;
                return await IdempotentEndpoint.RunAsync(http, CreateEndpoint, request.Raw, async () =>
                {
                    var batch = await app.CreateAsync(input, http.Caller(), http.RequestAborted);
                    return new IdempotentOutcome(StatusCodes.Status202Accepted, batch, $"/v1/fortunes/batch/{batch.Id}");
                }, input.IdempotencyKey);
            })
            .WithSummary("Generate fortunes for up to 100 profiles asynchronously; poll the batch or get a webhook when it completes.");

        batches.MapGet("/{id}", async (string id, HttpContext http, FortuneBatchAppService app) =>
                TypedResults.Json(await app.GetAsync(id, http.RequestAborted), FortuneJson.V1))
            .WithSummary("Get a batch: progress, and the per-profile results once it has finished.");
    }
}
