using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Application.Tasks;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary><c>/api/tasks</c> (seed §3; ADR 42, 51): submit, poll, cancel, and roll a finished generation back.</summary>
internal static class TaskEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/tasks/submit", async (Body<SubmitTaskRequest> body, NotionCredentials credentials, IGenerationTasks tasks, HttpContext http) =>
        {
            var submission = await ToSubmissionAsync(body.Value, credentials, "submit", http.RequestAborted);
            return Json(await tasks.SubmitAsync(submission, http.RequestAborted));
        });
        api.MapGet("/tasks/{task_id}", async (string task_id, IGenerationTasks tasks, HttpContext http) =>
            Json(await tasks.GetAsync(task_id, http.RequestAborted)));
        api.MapDelete("/tasks/{task_id}", async (string task_id, IGenerationTasks tasks, HttpContext http) =>
            Json(await tasks.CancelAsync(task_id, http.RequestAborted)));
        api.MapPost("/tasks/{task_id}/rollback", async (string task_id, TaskRollback rollback, HttpContext http) =>
            Json(await rollback.RollbackAsync(task_id, http.RequestAborted)));
    }

    /// <summary>
    /// Checks a generation request as every entry point does (prompt guard, options, parent id, credential) and makes
    /// the submission; a request with a blueprint skips planning (the validator checks it in the task service).
    /// </summary>
    public static async Task<GenerationSubmission> ToSubmissionAsync(SubmitTaskRequest request, NotionCredentials credentials, string source, CancellationToken ct)
    {
        if (request.Blueprint is null && PromptGuard.Check(request.Prompt) is { } error) throw NotionForgeErrors.InvalidInput(error.Field, error.Message);
        var options = request.Options ?? new PlanOptions();
        if (PromptGuard.CheckOptions(options) is { } optionError) throw NotionForgeErrors.InvalidInput(optionError.Field, optionError.Message);
        var parent = NotionIds.Normalize(request.ParentPageId, "parent_page_id");
        var credential = await credentials.ResolveAsync(request.NotionToken, "notion_token", ct);
        return new GenerationSubmission(source, credential.Token, credential.FromConnection, parent,
            request.Blueprint is null ? request.Prompt!.Trim() : null, request.Blueprint, options);
    }

    private static IResult Json(GenerationTaskView view) => TypedResults.Json(view, NotionForgeProduct.Definition.JsonOptions);
}

/// <summary>The seed's submit body: a prompt (or an already-made blueprint), the Notion token (optional with a connection), the parent page.</summary>
public sealed record SubmitTaskRequest(string? Prompt, string? NotionToken, string? ParentPageId, PlanOptions? Options = null, BlueprintDto? Blueprint = null);
