using System.Text.Json;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.ProductApi;
using Forge.Hosting.Security;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Application.Tasks.Execution;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Forge.NotionForge.Application.Tasks;

public sealed record GenerationTaskArgs(Guid TaskRowId);

/// <summary>
/// Runs a generation task as its tenant (ADR 51): plans it if it came as a prompt, then runs the executor over the
/// durable step journal. Re-running after a crash or on another host resumes from the journal. A cancel (the kernel
/// trips the token on whichever host runs it) ends it as <c>cancelled</c>; a Notion or planning failure as
/// <c>failed</c> with the seed's code (no kernel retry: the journal keeps what was made, and a new task starts over).
/// </summary>
internal sealed class GenerationTaskJob(
    NotionForgeDbContext db, NotionClient notion, IPiiProtector protector, NotionCredentials credentials, IBlueprintPlanner planner,
    TaskEventWriter events, TaskFinisher finisher, TimeProvider clock, ILogger<GenerationTaskJob> logger) : IBackgroundJob<GenerationTaskArgs>
{
    public async Task ExecuteAsync(GenerationTaskArgs args, CancellationToken ct)
    {
        var task = await db.Set<GenerationTask>().FirstOrDefaultAsync(t => t.Id == args.TaskRowId, ct);
        if (task is null || GenerationTaskStatus.IsTerminal(task.Status)) return;
        if (task.CancelRequested)
        {
            await finisher.CancelledAsync(task);
            return;
        }
        if (task.Status == GenerationTaskStatus.Pending)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<GenerationTask>().Where(t => t.Id == task.Id && t.Status == GenerationTaskStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, GenerationTaskStatus.Running).SetProperty(t => t.StartedAt, now), ct);
            await db.Entry(task).ReloadAsync(ct); // the tracked copy must never write a status back
            if (task.Status != GenerationTaskStatus.Running) return;
        }

        try
        {
            var token = await TokenAsync(task, ct);
            var blueprint = task.BlueprintJson is { } json ? JsonSerializer.Deserialize<BlueprintDto>(json, BlueprintJson.Options)! : await PlanAsync(task, ct);

            var counting = new CountingJournal();
            await new BlueprintExecutor(notion, token, counting).RunAsync(blueprint, task.ParentPageId, ct);
            var journal = new DurableStepJournal(db, task, events, clock) { Total = counting.Steps };
            await journal.LoadAsync(ct);
            task.StepsTotal = counting.Steps;

            var executor = new BlueprintExecutor(notion, token, journal);
            await executor.RunAsync(blueprint, task.ParentPageId, ct);
            await finisher.CompletedAsync(task, executor.RootPageId!, executor.RootUrl, journal.Done);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A cancel ends the task; a lost lease or a stopping host leaves it running for the next run to resume.
            if (await db.Set<GenerationTask>().Where(t => t.Id == task.Id).Select(t => t.CancelRequested).FirstAsync(CancellationToken.None))
                await finisher.CancelledAsync(task);
            throw;
        }
        catch (NotionApiException e)
        {
            logger.LogWarning("Generation task {TaskId} failed in Notion: {Code} {NotionCode}", task.TaskId, e.Code, e.NotionCode);
            await finisher.FailedAsync(task, e.Code, e.Message);
        }
        catch (ProductApiException e)
        {
            await finisher.FailedAsync(task, e.Code, e.Message);
        }
    }

    private async Task<string> TokenAsync(GenerationTask task, CancellationToken ct) => task.UsesConnection
        ? await credentials.ConnectionTokenAsync(ct) // removed before the task finished: it fails NOT_FOUND (ADR 62)
        : protector.Unprotect(task.ProtectedNotionToken!);

    private async Task<BlueprintDto> PlanAsync(GenerationTask task, CancellationToken ct)
    {
        var options = JsonSerializer.Deserialize<PlanOptions>(task.OptionsJson, BlueprintJson.Options) ?? new PlanOptions();
        var planned = await planner.PlanAsync(task.Prompt!, options, ct);
        var blueprint = planned.Plan.Blueprint;
        if (BlueprintValidator.Validate(blueprint) is { Count: > 0 } errors)
            throw NotionForgeErrors.Validation("blueprint", $"The planned blueprint is not valid: {errors[0].Field}: {errors[0].Message}", errors);
        task.BlueprintJson = BlueprintJson.Serialize(blueprint);
        task.Planner = planned.Planner;
        task.PlannerTokens += planned.Tokens;
        task.SkillId ??= blueprint.Skill;
        events.Add(task, new TaskEventData("progress", "blueprint", $"Blueprint ready: '{blueprint.Title}' ({planned.Planner})"));
        await db.SaveChangesAsync(ct);
        return blueprint;
    }
}
