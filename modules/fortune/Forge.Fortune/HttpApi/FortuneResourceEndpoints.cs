using Forge.Hosting.Identity;
using Forge.Hosting.Idempotency;
using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Fortunes;
using Microsoft.AspNetCore.Builder;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// <c>/v1/fortunes</c>: mapped inside the v1 group (credential, Enterprise gate, quotas, error envelope).
/// Create answers 201 with <c>Location</c> for a new fortune and 200 with <c>cached: true</c> for a stored one.
/// </summary>
internal static class FortuneResourceEndpoints
{
    public const string CreateEndpoint = "POST /v1/fortunes";

    public static void Map(RouteGroupBuilder v1)
    {
        var fortunes = v1.MapGroup("/fortunes");

        fortunes.MapPost("/", async (Body<FortuneCreateInput> request, HttpContext http, FortuneAppService app) =>
            {
                var input = request.Value;
                return await IdempotentEndpoint.RunAsync(http, CreateEndpoint, request.Raw, async () =>
                {
                    var result = await app.CreateAsync(input, http.Caller(), http.RequestAborted);
                    return result.Cached
                        ? new IdempotentOutcome(StatusCodes.Status200OK, result.Fortune)
                        : new IdempotentOutcome(StatusCodes.Status201Created, result.Fortune, $"/v1/fortunes/{result.Fortune.Id}");
                }, input.IdempotencyKey);
            })
            .WithSummary("Generate a fortune for a profile, or return the stored one for the same conditions (cached).");

        fortunes.MapGet("/", async (HttpContext http, FortuneListAppService app) =>
            {
                var q = http.Request.Query;
                var query = new FortuneListQuery(q["profile_id"], q["fortune_type"], q["fortune_date"], q["date_from"], q["date_to"],
                    q["model"], q["limit"], q["cursor"]);
                return TypedResults.Json(await app.ListAsync(query, http.RequestAborted), FortuneJson.V1);
            })
            .WithSummary("List fortunes, newest first, with filters and a cursor.");

        fortunes.MapGet("/{id}", async (string id, HttpContext http, FortuneAppService app) =>
                TypedResults.Json(await app.GetAsync(id, http.RequestAborted), FortuneJson.V1))
            .WithSummary("Get a fortune.");

        fortunes.MapDelete("/{id}", async (string id, HttpContext http, FortuneAppService app) =>
                TypedResults.Json(await app.DeleteAsync(id, http.Caller(), http.RequestAborted), FortuneJson.V1))
            .WithSummary("Delete a fortune (audited).");

        fortunes.MapGet("/{id}/unmasked", async (string id, HttpContext http, FortuneAppService app) =>
                TypedResults.Json(await app.GetUnmaskedAsync(id, http.Caller(), http.RequestAborted), FortuneJson.V1))
            .WithSummary("Get a fortune with its profile's plaintext PII (permission fortune:unmasked; audited).");
    }
}
