using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application.Generation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Catalog;

/// <summary>
/// Submits a blueprint as a generation task and waits for it like the synchronous generate (ADR 42): the seed's
/// generate body on success, the task's error code on failure, <c>TIMEOUT</c> (504, <c>details.task_id</c>) when the
/// task is still running after <see cref="CatalogOptions.GenerateTimeout"/> — it keeps running and can be polled.
/// </summary>
/// <remarks>
/// <see cref="IGenerationTasks"/> is resolved when a submission is made, not when a request starts: every refusal
/// before it (unknown recipe, bad upload, bad parent id) is answered by the catalog alone (ADR 52).
/// </remarks>
public sealed class GenerationWait(IServiceProvider services, IOptions<CatalogOptions> options)
{
    public async Task<GenerateResultView> SubmitAndWaitAsync(GenerationSubmission submission, CancellationToken ct)
    {
        var tasks = services.GetRequiredService<IGenerationTasks>();
        var task = await tasks.SubmitAsync(submission, ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.Value.GenerateTimeout);
        try
        {
            await foreach (var e in tasks.FollowAsync(task.TaskId, 0, deadline.Token))
                if (e.IsTerminal) break;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw NotionForgeErrors.Timeout(
                $"The generation did not finish within {options.Value.GenerateTimeout.TotalSeconds:0} s; it keeps running as task {task.TaskId}.",
                new { task_id = task.TaskId });
        }

        var done = await tasks.GetAsync(task.TaskId, ct);
        if (done.Status == "completed" && done.Result is { Success: true } r)
        {
            var s = r.Summary;
            return new GenerateResultView(true, r.NotionUrl, r.PageId, done.TaskId,
                new GenerateSummaryView(s?.PagesCreated ?? 0, s?.DatabasesCreated ?? 0, s?.BlocksCreated ?? 0, s?.DurationSeconds ?? 0));
        }

        throw Failed(done);
    }

    /// <summary>The task's own error code (e.g. <c>NOTION_AUTH_FAILED</c>), naming the task; anything unknown is <c>INTERNAL_ERROR</c>.</summary>
    private static ProductApiException Failed(GenerationTaskView task)
    {
        var code = task.Result?.ErrorCode is { } c && NotionForgeErrorCodes.StatusOf(c) is not null ? c : NotionForgeErrorCodes.Internal;
        var message = task.Result?.Error ?? $"The generation ended {task.Status}.";
        return new ProductApiException(ProductErrorKind.Internal, code, message,
            metadata: new Dictionary<string, object?> { ["details"] = new { task_id = task.TaskId, status = task.Status, created = task.Result?.Created } });
    }
}

/// <summary>The seed's answer to a generation (<c>POST /api/templates/generate</c>), with the task that made it.</summary>
public sealed record GenerateResultView(bool Success, string? NotionUrl, string? PageId, string TaskId, GenerateSummaryView Summary);

public sealed record GenerateSummaryView(int Pages, int Databases, int Blocks, double DurationSeconds);
