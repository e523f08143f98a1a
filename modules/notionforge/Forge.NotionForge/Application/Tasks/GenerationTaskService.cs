using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Security;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>
/// <see cref="IGenerationTasks"/> on the module's tables and the kernel's jobs (ADR 42, 51). Every query goes through
/// the tenant filter, so another tenant's task id is <c>NOT_FOUND</c>.
/// </summary>
internal sealed class GenerationTaskService(
    NotionForgeDbContext db, IBackgroundJobManager jobs, IPiiProtector protector, TaskFinisher finisher,
    TaskViews views, RunningTaskSlots slots, IOptions<TaskOptions> options, TimeProvider clock) : IGenerationTasks
{
    public async Task<GenerationTaskView> SubmitAsync(GenerationSubmission submission, CancellationToken ct)
    {
        Check(submission);
        var task = new GenerationTask
        {
            Id = Guid.CreateVersion7(),
            TaskId = RandomNumberGenerator.GetHexString(12, lowercase: true),
            Source = submission.Source,
            Prompt = submission.Blueprint is null ? submission.Prompt : null,
            BlueprintJson = submission.Blueprint is { } b ? BlueprintJson.Serialize(b) : null,
            OptionsJson = JsonSerializer.Serialize(submission.Options, BlueprintJson.Options),
            SkillId = submission.SkillId ?? submission.Blueprint?.Skill,
            ParentPageId = NotionIds.Normalize(submission.ParentPageId, "parent_page_id"),
            UsesConnection = submission.UsesConnection,
            ProtectedNotionToken = submission.UsesConnection ? null : protector.Protect(submission.NotionToken),
            PlannerTokens = submission.PlannerTokens,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await slots.SaveAsync(task, ct);
        return await views.ViewAsync(task, ct);
    }

    public async Task<GenerationTaskView> GetAsync(string taskId, CancellationToken ct) => await views.ViewAsync(await FindAsync(taskId, ct), ct);

    public async Task<GenerationTaskView> CancelAsync(string taskId, CancellationToken ct)
    {
        var task = await FindAsync(taskId, ct);
        if (!GenerationTaskStatus.IsTerminal(task.Status))
        {
            await db.Set<GenerationTask>().Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.CancelRequested, true), ct);
            if (task.Status == GenerationTaskStatus.Pending) await finisher.CancelledAsync(task); // a pending job never starts
            await jobs.CancelAsync(task.JobId, ct);
            // The runner records the cancel once its step has stopped; wait for that so nothing is written after this answer.
            var deadline = clock.GetUtcNow() + options.Value.CancelWait;
            while (!GenerationTaskStatus.IsTerminal(await StatusAsync(task, ct)) && clock.GetUtcNow() < deadline)
                await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
            // No runner answered (its host is gone): record the cancel here; a takeover sees it and stops at once.
            await finisher.CancelledAsync(task);
        }
        return await views.ViewAsync(await FindAsync(taskId, ct), ct);
    }

    public async IAsyncEnumerable<GenerationEvent> FollowAsync(string taskId, long afterEventId, [EnumeratorCancellation] CancellationToken ct)
    {
        var task = await FindAsync(taskId, ct);
        var after = afterEventId;
        while (true)
        {
            var rows = await db.Set<GenerationTaskEvent>().AsNoTracking()
                .Where(e => e.TaskRowId == task.Id && e.Id > after).OrderBy(e => e.Id).Take(100).ToListAsync(ct);
            foreach (var row in rows)
            {
                var e = TaskEventWriter.ToEvent(row);
                yield return e;
                if (e.IsTerminal) yield break;
                after = row.Id;
            }
            if (rows.Count > 0) continue;
            // Terminal without a terminal event after this point (e.g. it was read before): nothing more will come.
            if (GenerationTaskStatus.IsTerminal(await StatusAsync(task, ct))
                && !await db.Set<GenerationTaskEvent>().AnyAsync(e => e.TaskRowId == task.Id && e.Id > after, ct))
                yield break;
            await Task.Delay(options.Value.FollowPoll, ct);
        }
    }

    private Task<string> StatusAsync(GenerationTask task, CancellationToken ct) =>
        db.Set<GenerationTask>().AsNoTracking().Where(t => t.Id == task.Id).Select(t => t.Status).FirstAsync(ct);

    private Task<GenerationTask> FindAsync(string taskId, CancellationToken ct) => views.FindAsync(taskId, ct);

    private static void Check(GenerationSubmission s)
    {
        if ((s.Prompt is null) == (s.Blueprint is null))
            throw NotionForgeErrors.InvalidInput("prompt", "Send either a prompt or a blueprint.");
        if (s.Blueprint is null && PromptGuard.Check(s.Prompt) is { } error) throw NotionForgeErrors.InvalidInput(error.Field, error.Message);
        if (s.Blueprint is { } b && BlueprintValidator.Validate(b) is { Count: > 0 } errors)
            throw NotionForgeErrors.Validation($"blueprint.{errors[0].Field}", $"The blueprint is not valid: {errors[0].Message}", errors);
        if (!s.UsesConnection && string.IsNullOrWhiteSpace(s.NotionToken))
            throw NotionForgeErrors.InvalidInput("notion_token", "A Notion token is required.");
    }
}
