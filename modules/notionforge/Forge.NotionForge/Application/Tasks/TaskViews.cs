using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>Finds the current tenant's task by its wire id and answers it as the seed shows it.</summary>
internal sealed class TaskViews(NotionForgeDbContext db)
{
    public async Task<GenerationTask> FindAsync(string taskId, CancellationToken ct) =>
        await db.Set<GenerationTask>().AsNoTracking().FirstOrDefaultAsync(t => t.TaskId == taskId, ct)
        ?? throw NotionForgeErrors.NotFound("The task", "task_id");

    public async Task<GenerationTaskView> ViewAsync(GenerationTask task, CancellationToken ct)
    {
        var progress = await db.Set<GenerationTaskEvent>().AsNoTracking()
            .Where(e => e.TaskRowId == task.Id && e.Type == "progress").OrderBy(e => e.Id)
            .Select(e => new { e.Step, e.Message, e.CreatedAt }).ToListAsync(ct);
        return new GenerationTaskView(
            task.TaskId, task.Status,
            [.. progress.Select(p => new GenerationProgressView(p.Step ?? "", p.Message ?? "", TaskTime.Unix(p.CreatedAt)))],
            TaskTime.Unix(task.CreatedAt), TaskTime.Unix(task.CompletedAt),
            GenerationTaskStatus.IsTerminal(task.Status) ? await ResultAsync(task, ct) : null);
    }

    private async Task<GenerationResultView> ResultAsync(GenerationTask task, CancellationToken ct)
    {
        var created = await db.Set<GenerationStep>().AsNoTracking()
            .Where(s => s.TaskRowId == task.Id && s.State == GenerationStepState.Done && s.NotionId != null)
            .OrderBy(s => s.Sequence).Select(s => new { s.Kind, s.NotionId, s.Title }).ToListAsync(ct);
        var success = task.Status == GenerationTaskStatus.Completed;
        return new GenerationResultView(
            success, task.NotionUrl, task.RootPageId,
            success ? new GenerationSummary(task.PagesCreated, task.DatabasesCreated, task.BlocksCreated, task.DurationSeconds ?? 0) : null,
            success ? null : task.ErrorCode ?? (task.Status == GenerationTaskStatus.Cancelled ? "CANCELLED" : null),
            success ? null : task.ErrorMessage ?? (task.Status == GenerationTaskStatus.Cancelled ? "The task was cancelled." : null),
            [.. created.Select(c => new CreatedObject(c.Kind, c.NotionId!, c.Title))]);
    }
}
