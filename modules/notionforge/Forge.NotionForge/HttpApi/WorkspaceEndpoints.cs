using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary><c>/api/templates/search</c>, <c>/{page_id}/comment</c>, <c>/lock</c>, <c>/archive</c> (seed §8) with the tenant's connection.</summary>
internal static class WorkspaceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var json = NotionForgeProduct.Definition.JsonOptions;
        api.MapGet("/templates/search", async (string? q, string? cursor, WorkspaceActions actions, CancellationToken ct) =>
            TypedResults.Json(await actions.SearchAsync(q, cursor, ct), json));

        api.MapPost("/templates/{page_id}/comment", async (string page_id, string? text, WorkspaceActions actions, CancellationToken ct) =>
            TypedResults.Json(await actions.CommentAsync(page_id, text, ct), json));

        api.MapPost("/templates/{page_id}/lock", async (string page_id, string? locked, WorkspaceActions actions, CancellationToken ct) =>
            TypedResults.Json(await actions.SetLockedAsync(page_id, Locked(locked), ct), json));

        api.MapPost("/templates/{page_id}/archive", async (string page_id, WorkspaceActions actions, CancellationToken ct) =>
            TypedResults.Json(await actions.ArchiveAsync(page_id, ct), json));
    }

    /// <summary>The seed's <c>locked=true|false</c>, true when absent (as the original); anything else names the field.</summary>
    private static bool Locked(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "true" => true,
        "false" => false,
        _ => throw NotionForgeErrors.InvalidInput("locked", "'locked' must be true or false."),
    };
}
