using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>
/// Ends a task once: a conditional update from a live status to the terminal one, and only the run that made it adds
/// the terminal event and the tenant-less log entry (<c>/health</c>'s today_stats). The same update frees the task's
/// running slot (ADR 59). Saves ignore the caller's token: the end of a task is recorded even while its job is being cancelled.
/// </summary>
/// <remarks>
/// A terminal state, its event and its log row commit in one transaction: a follower that sees the state finds the
/// event (<c>GenerationTaskService.FollowAsync</c> stops at a terminal state with no event after its position), and a
/// crash between them cannot leave a finished task without its terminal event. Before, the state committed first and a
/// chat's relay that read in between ended without sending <c>complete</c> (ChatGenerationTests, 1 run in 3).
/// </remarks>
internal sealed class TaskFinisher(NotionForgeDbContext db, TaskEventWriter events, TimeProvider clock)
{
    public async Task CompletedAsync(GenerationTask task, string rootPageId, string? url, IReadOnlyList<GenerationStep> steps)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var summary = Summary(task, steps);
        var now = clock.GetUtcNow().UtcDateTime;
        var won = await Live(task).ExecuteUpdateAsync(s => s.SetProperty(t => t.Slot, (int?)null)
            .SetProperty(t => t.Status, GenerationTaskStatus.Completed).SetProperty(t => t.CompletedAt, now)
            .SetProperty(t => t.RootPageId, rootPageId).SetProperty(t => t.NotionUrl, url)
            .SetProperty(t => t.PagesCreated, summary.PagesCreated).SetProperty(t => t.DatabasesCreated, summary.DatabasesCreated)
            .SetProperty(t => t.BlocksCreated, summary.BlocksCreated).SetProperty(t => t.DurationSeconds, summary.DurationSeconds), CancellationToken.None);
        if (won == 0) return;
        events.Add(task, new TaskEventData("complete", "complete", "Template created", NotionUrl: url, PageId: rootPageId, Summary: summary));
        await LogAsync(task, GenerationTaskStatus.Completed, summary.DurationSeconds);
        await transaction.CommitAsync(CancellationToken.None);
    }

    public async Task FailedAsync(GenerationTask task, string code, string message)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var now = clock.GetUtcNow().UtcDateTime;
        var root = await RootAsync(task);
        var won = await Live(task).ExecuteUpdateAsync(s => s.SetProperty(t => t.Slot, (int?)null)
            .SetProperty(t => t.Status, GenerationTaskStatus.Failed).SetProperty(t => t.CompletedAt, now)
            .SetProperty(t => t.RootPageId, root).SetProperty(t => t.DurationSeconds, Duration(task, now))
            .SetProperty(t => t.ErrorCode, code).SetProperty(t => t.ErrorMessage, Cut(message)), CancellationToken.None);
        if (won == 0) return;
        events.Add(task, new TaskEventData("error", "error", Cut(message), Code: code));
        await LogAsync(task, GenerationTaskStatus.Failed, Duration(task, now));
        await transaction.CommitAsync(CancellationToken.None);
    }

    public async Task CancelledAsync(GenerationTask task)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var now = clock.GetUtcNow().UtcDateTime;
        var root = await RootAsync(task);
        var won = await Live(task).ExecuteUpdateAsync(s => s.SetProperty(t => t.Slot, (int?)null)
            .SetProperty(t => t.Status, GenerationTaskStatus.Cancelled).SetProperty(t => t.CompletedAt, now)
            .SetProperty(t => t.CancelRequested, true).SetProperty(t => t.RootPageId, root)
            .SetProperty(t => t.DurationSeconds, Duration(task, now)), CancellationToken.None);
        if (won == 0) return;
        events.Add(task, new TaskEventData("cancelled", "cancelled", "The task was cancelled."));
        await LogAsync(task, GenerationTaskStatus.Cancelled, Duration(task, now));
        await transaction.CommitAsync(CancellationToken.None);
    }

    private IQueryable<GenerationTask> Live(GenerationTask task) => db.Set<GenerationTask>()
        .Where(t => t.Id == task.Id && (t.Status == GenerationTaskStatus.Pending || t.Status == GenerationTaskStatus.Running));

    /// <summary>The root page, if the first step got that far (a rollback trashes it).</summary>
    private Task<string?> RootAsync(GenerationTask task) => db.Set<GenerationStep>()
        .Where(s => s.TaskRowId == task.Id && s.Key == "page:root" && s.State == GenerationStepState.Done)
        .Select(s => s.NotionId).FirstOrDefaultAsync(CancellationToken.None);

    private async Task LogAsync(GenerationTask task, string status, double duration)
    {
        db.Add(new GenerationLogEntry { Status = status, SkillId = task.SkillId, DurationSeconds = duration, FinishedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private GenerationSummary Summary(GenerationTask task, IReadOnlyList<GenerationStep> steps) => new(
        steps.Count(s => s.Kind == "page"), steps.Count(s => s.Kind == "database"), steps.Sum(s => s.Blocks),
        Duration(task, clock.GetUtcNow().UtcDateTime));

    private static double Duration(GenerationTask task, DateTime now) =>
        Math.Round((now - DateTime.SpecifyKind(task.StartedAt ?? task.CreatedAt, DateTimeKind.Utc)).TotalSeconds, 2);

    private static string Cut(string message) => message.Length > 2000 ? message[..2000] : message;
}
