using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Application.Planning;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.HttpApi.Generation;

/// <summary>
/// <c>POST /api/templates/generate/stream</c> (ADR 42/53): <c>data: {"type": …}</c> frames — the seed's <c>analyzing</c> and
/// <c>generating</c> steps (no id: no task yet), then the task's events with <c>id: &lt;task_id&gt;:&lt;event id&gt;</c>, heartbeat
/// comments while idle. A request with <c>Last-Event-ID</c> resumes that task's events after that id instead of generating
/// again. Leaving the stream does not stop the task.
/// </summary>
internal static class GenerateStream
{
    public static async Task StreamAsync(
        HttpContext http, NotionCredentials credentials, IBlueprintPlanner planner,
        IOptions<GenerateWaitOptions> options, ILoggerFactory logs)
    {
        var ct = http.RequestAborted;
        var heartbeat = options.Value.StreamHeartbeat;
        // Resolved once the input passed: a refusal needs no task store.
        IGenerationTasks Tasks() => http.RequestServices.GetRequiredService<IGenerationTasks>();
        if (ResumePoint(http) is { } resume)
        {
            var tasks = Tasks();
            await tasks.GetAsync(resume.TaskId, ct); // another tenant's or an unknown task: NOT_FOUND, before the stream begins
            ServerSentEvents.Begin(http);
            await FollowAsync(http, tasks, resume.TaskId, resume.EventId, heartbeat, logs);
            return;
        }

        var (body, _) = await ProductJson.ReadAsync<GenerateRequest>(http);
        var request = await CheckedGenerateRequest.CheckAsync(body, credentials, ct);
        var generation = Tasks();
        ServerSentEvents.Begin(http);
        try
        {
            var korean = request.Options.Language != "en";
            await WriteAsync(http, null, GenerationFrame.Progress("analyzing", korean ? "의도 분석 중..." : "Analysing the request..."));
            var planned = await planner.PlanAsync(request.Prompt, request.Options, ct);
            var title = planned.Plan.Blueprint.Title;
            await WriteAsync(http, null, GenerationFrame.Progress("generating", korean ? $"블루프린트 생성 완료: {title}" : $"Blueprint ready: {title}"));
            var task = await generation.SubmitAsync(GenerateEndpoints.Submission("stream", request, planned), ct);
            await WriteAsync(http, $"{task.TaskId}:0", GenerationFrame.Queued(task.TaskId, korean));
            await FollowAsync(http, generation, task.TaskId, 0, heartbeat, logs);
        }
        catch (ProductApiException refused)
        {
            // The status is already 200: a refusal after the stream began is its last frame (e.g. RATE_LIMITED at submit).
            await WriteAsync(http, null, new GenerationFrame("error", Code: refused.Code, Message: refused.Message));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && ct.IsCancellationRequested) { }
    }

    private static async Task FollowAsync(HttpContext http, IGenerationTasks tasks, string taskId, long after, TimeSpan heartbeat, ILoggerFactory logs)
    {
        var ct = http.RequestAborted;
        try
        {
            await using var events = tasks.FollowAsync(taskId, after, ct).GetAsyncEnumerator(ct);
            var next = events.MoveNextAsync().AsTask();
            while (true)
            {
                if (await Task.WhenAny(next, Task.Delay(heartbeat, ct)) != next)
                {
                    await ServerSentEvents.WriteCommentAsync(http, "heartbeat", ct);
                    continue;
                }
                if (!await next) return;
                var e = events.Current;
                await WriteAsync(http, $"{taskId}:{e.Id}", GenerationFrame.From(e, taskId));
                if (e.IsTerminal) return;
                next = events.MoveNextAsync().AsTask();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && ct.IsCancellationRequested)
        {
            // The client left; the task goes on (ADR 42).
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logs.CreateLogger(typeof(GenerateStream)).LogError(e, "Streaming task {TaskId} failed after it began", taskId);
            await WriteAsync(http, null, new GenerationFrame("error", taskId, Code: NotionForgeErrorCodes.Internal,
                Message: "Following the generation failed; the task goes on (GET /api/tasks/{task_id})."));
        }
    }

    private static Task WriteAsync(HttpContext http, string? id, GenerationFrame frame) =>
        ServerSentEvents.WriteDataAsync(http, id, FrameJson.Serialize(frame), http.RequestAborted);

    /// <summary><c>Last-Event-ID: &lt;task_id&gt;:&lt;event id&gt;</c> as this stream writes it; anything else is <c>INVALID_INPUT</c>.</summary>
    private static (string TaskId, long EventId)? ResumePoint(HttpContext http)
    {
        var header = http.Request.Headers["Last-Event-ID"].ToString();
        if (string.IsNullOrWhiteSpace(header)) return null;
        var parts = header.Trim().Split(':');
        if (parts.Length == 2 && parts[0].Length is > 0 and <= 64 && parts[0].All(char.IsAsciiLetterOrDigit)
            && long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return (parts[0], id);
        throw NotionForgeErrors.InvalidInput("Last-Event-ID", "'Last-Event-ID' must be '<task_id>:<event id>' as a frame's id: line carried it.");
    }
}
