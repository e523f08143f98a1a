using Forge.Hosting.Identity;
using Forge.Hosting.Idempotency;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Profiles;
using Microsoft.AspNetCore.Builder;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// <c>/v1/profiles</c>: mapped inside the v1 group, so it inherits the credential, the Enterprise
/// feature gate, the plan quotas and the error envelope.
/// </summary>
internal static class ProfileEndpoints
{
    public const string CreateEndpoint = "POST /v1/profiles";

    public static void Map(RouteGroupBuilder v1)
    {
        var profiles = v1.MapGroup("/profiles");

        // Idempotency-Key as on the fortune and batch creates (ADR 7 #6, 32): a client that lost the connection before
        // any answer (a proxy reload closes idle keep-alive connections, ADR 60) resends with its key, not a second profile.
        profiles.MapPost("/", async (Body<ProfileCreateInput> body, HttpContext http, ProfileAppService app) =>
                await IdempotentEndpoint.RunAsync(http, CreateEndpoint, body.Raw, async () =>
                {
                    var created = await app.CreateAsync(body.Value, http.Caller(), http.RequestAborted);
                    return new IdempotentOutcome(StatusCodes.Status201Created, created, $"/v1/profiles/{created.Id}");
                }))
            .WithSummary("Create a profile; its chart is computed and its PII stored encrypted.");

        profiles.MapGet("/", async (HttpContext http, ProfileListAppService app) =>
            {
                var q = http.Request.Query;
                var query = new ProfileListQuery(q["limit"], q["cursor"], q["day_master_element"], q["created_after"], q["created_before"]);
                return TypedResults.Json(await app.ListAsync(query, http.RequestAborted), FortuneJson.V1);
            })
            .WithSummary("List profiles (masked), newest last, with a cursor.");

        profiles.MapGet("/{id}", async (string id, HttpContext http, ProfileAppService app) =>
                TypedResults.Json(await app.GetAsync(id, http.RequestAborted), FortuneJson.V1))
            .WithSummary("Get a profile (masked).");

        // ADR 7 #2: PUT and PATCH are the same partial update.
        profiles.MapMethods("/{id}", [HttpMethods.Put, HttpMethods.Patch], async (string id, Body<ProfileUpdateInput> body, HttpContext http, ProfileAppService app) =>
            {
                var input = body.Value;
                return TypedResults.Json(await app.UpdateAsync(id, input, http.Caller(), http.RequestAborted), FortuneJson.V1);
            })
            .WithSummary("Update a profile (partial); birth changes recompute the chart.");

        profiles.MapDelete("/{id}", async (string id, HttpContext http, ProfileAppService app) =>
                TypedResults.Json(await app.DeleteAsync(id, http.Caller(), http.RequestAborted), FortuneJson.V1))
            .WithSummary("Delete a profile and its related data (audited).");

        profiles.MapGet("/{id}/unmasked", async (string id, HttpContext http, ProfileAppService app) =>
                TypedResults.Json(await app.GetUnmaskedAsync(id, http.Caller(), http.RequestAborted), FortuneJson.V1))
            .WithSummary("Get a profile's plaintext PII (permission fortune:unmasked; audited).");
    }
}
