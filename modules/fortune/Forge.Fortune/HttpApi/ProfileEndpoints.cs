using Forge.Hosting.Identity;
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
    public static void Map(RouteGroupBuilder v1)
    {
        var profiles = v1.MapGroup("/profiles");

        profiles.MapPost("/", async (Body<ProfileCreateInput> body, HttpContext http, ProfileAppService app) =>
            {
                var created = await app.CreateAsync(body.Value,
                    http.Caller(), http.RequestAborted);
                http.Response.Headers.Location = $"/v1/profiles/{created.Id}";
                return TypedResults.Json(created, FortuneJson.V1, statusCode: StatusCodes.Status201Created);
            })
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
