using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Application.Planning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.HttpApi.Generation;

/// <summary>
/// <c>POST /api/templates/generate</c> and <c>/generate/stream</c> (seed §2, ADR 42/53): check, plan, submit a task through
/// <see cref="IGenerationTasks"/> and wait on it — up to <c>GenerateTimeout</c> (then <c>TIMEOUT</c> with the task id; the
/// task goes on), or relaying its events as SSE. Bad input is refused before anything is planned or submitted.
/// </summary>
internal static class GenerateEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/templates/generate", GenerateAsync);
        api.MapPost("/templates/generate/stream", GenerateStream.StreamAsync);
    }

    private static async Task<IResult> GenerateAsync(
        Body<GenerateRequest> body, NotionCredentials credentials, IBlueprintPlanner planner,
        IOptions<GenerateWaitOptions> options, TimeProvider clock, HttpContext http)
    {
        var started = clock.GetTimestamp();
        var ct = http.RequestAborted;
        var request = await CheckedGenerateRequest.CheckAsync(body.Value, credentials, ct);
        var planned = await planner.PlanAsync(request.Prompt, request.Options, ct);
        var tasks = http.RequestServices.GetRequiredService<IGenerationTasks>(); // after the input passed: a refusal needs no task store
        var task = await tasks.SubmitAsync(Submission("generate", request, planned), ct);

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var left = options.Value.GenerateTimeout - clock.GetElapsedTime(started);
        wait.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        GenerationEvent? end = null;
        try
        {
            await foreach (var e in tasks.FollowAsync(task.TaskId, 0, wait.Token))
                if (e.IsTerminal) { end = e; break; }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The wait is over, not the task.
        }
        if (end is null)
            throw NotionForgeErrors.Timeout(
                $"The generation did not finish within {options.Value.GenerateTimeout.TotalSeconds:0} s; it goes on as task {task.TaskId} (GET /api/tasks/{task.TaskId}).",
                new { task_id = task.TaskId });
        return end.Type switch
        {
            "complete" => TypedResults.Json(new GenerateResponse(true, end.NotionUrl, end.PageId, Summary(end.Summary), task.TaskId, planned.Planner),
                NotionForgeProduct.Definition.JsonOptions),
            "cancelled" => TypedResults.Json(new GenerateResponse(false, null, null, null, task.TaskId, planned.Planner, "The task was cancelled."),
                NotionForgeProduct.Definition.JsonOptions),
            _ => throw Failed(end, task.TaskId),
        };
    }

    internal static GenerationSubmission Submission(string source, CheckedGenerateRequest request, PlannedBlueprint planned) =>
        new(source, request.Credential.Token, request.Credential.FromConnection, request.ParentPageId, null, planned.Plan.Blueprint,
            request.Options, planned.Plan.Blueprint.Skill, planned.Tokens);

    private static GenerateSummary? Summary(GenerationSummary? s) =>
        s is null ? null : new GenerateSummary(s.PagesCreated, s.DatabasesCreated, s.BlocksCreated, s.DurationSeconds);

    /// <summary>The task's own error (e.g. <c>NOTION_AUTH_FAILED</c>), in the envelope, with the task's id.</summary>
    private static ProductApiException Failed(GenerationEvent end, string taskId) =>
        new(ProductErrorKind.Internal, end.Code ?? NotionForgeErrorCodes.Internal, end.Message ?? "The generation failed.",
            metadata: new Dictionary<string, object?> { ["details"] = new { task_id = taskId } });
}
