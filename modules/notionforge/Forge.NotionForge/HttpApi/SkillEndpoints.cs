using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application.Skills;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary><c>/api/skills</c> (seed §6, ADR 52): the built-in skills and the tenant's own custom skills.</summary>
internal static class SkillEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/skills", async (CustomSkills skills, CancellationToken ct) => Json(await skills.ListAsync(ct)));
        api.MapGet("/skills/{skill_id}", async (string skill_id, CustomSkills skills, CancellationToken ct) =>
            Json(await skills.GetAsync(skill_id, ct)));
        api.MapPost("/skills", async (Body<SkillInput> body, CustomSkills skills, CancellationToken ct) =>
            Json(await skills.CreateAsync(body.Value, ct), StatusCodes.Status201Created));
        api.MapPut("/skills/{skill_id}", async (string skill_id, Body<SkillInput> body, CustomSkills skills, CancellationToken ct) =>
            Json(await skills.UpdateAsync(skill_id, body.Value, ct)));
        api.MapDelete("/skills/{skill_id}", async (string skill_id, CustomSkills skills, CancellationToken ct) =>
            Json(await skills.DeleteAsync(skill_id, ct)));
    }

    private static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, NotionForgeProduct.Definition.JsonOptions, statusCode: status);
}
