using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// The task's steps in the database (ADR 51): a step is written as started before its request and as done, with the
/// ids Notion returned, right after — in the same save as its progress event — so a host killed at any point leaves
/// either a done step (skipped on resume), a started one (looked up in Notion before sending again) or none.
/// </summary>
internal sealed class DurableStepJournal(NotionForgeDbContext db, GenerationTask task, TaskEventWriter events, TimeProvider clock) : IStepJournal
{
    private Dictionary<string, GenerationStep> _steps = [];
    private readonly HashSet<string> _known = new(StringComparer.OrdinalIgnoreCase);

    public int Total { get; set; }

    public async Task LoadAsync(CancellationToken ct)
    {
        _steps = await db.Set<GenerationStep>().Where(s => s.TaskRowId == task.Id).ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, ct);
        foreach (var s in _steps.Values.Where(s => s.State == GenerationStepState.Done))
            Remember(s);
    }

    public bool IsKnown(string notionId) => _known.Contains(notionId);

    public async Task<StepOutcome> RunAsync(StepInfo info, Func<Task<StepOutcome>> send, Func<Task<StepOutcome?>> find, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (_steps.TryGetValue(info.Key, out var step) && step.State == GenerationStepState.Done) return Outcome(step);

        StepOutcome? outcome = null;
        if (step is not null) outcome = await find(); // started before a crash: did Notion get it?
        else
        {
            step = new GenerationStep
            {
                Id = Guid.CreateVersion7(), TaskRowId = task.Id, Key = info.Key, Kind = info.Kind, Title = Cut(info.Title),
                Sequence = _steps.Count + 1, StartedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(step);
            await db.SaveChangesAsync(ct);
            _steps[info.Key] = step;
        }
        outcome ??= await send();

        step.State = GenerationStepState.Done;
        step.NotionId = outcome.Id;
        step.Extra = outcome.DataSourceId ?? (outcome.BlockIds.Count > 0 ? string.Join(',', outcome.BlockIds) : null);
        step.Url = outcome.Url;
        step.Blocks = outcome.Blocks;
        Remember(step);
        var done = _steps.Values.Count(s => s.State == GenerationStepState.Done);
        task.StepsDone = done;
        events.Add(task, new TaskEventData("progress", info.Step, info.Message, done, Math.Max(Total, done)));
        // The outcome is saved whatever the caller's token says: Notion has the object now, and losing its id is what
        // would duplicate it.
        await db.SaveChangesAsync(CancellationToken.None);
        return outcome;
    }

    public IReadOnlyList<GenerationStep> Done => [.. _steps.Values.Where(s => s.State == GenerationStepState.Done).OrderBy(s => s.Sequence)];

    private void Remember(GenerationStep s)
    {
        if (s.NotionId is { } id) _known.Add(id);
        if (s.Kind == "append" && s.Extra is { } ids) foreach (var b in ids.Split(',')) _known.Add(b);
    }

    private static StepOutcome Outcome(GenerationStep s) => s.Kind == "append"
        ? StepOutcome.Append(s.Extra?.Split(',') ?? [], s.Blocks)
        : new StepOutcome(s.NotionId, s.Extra, [], s.Url, s.Blocks);

    private static string? Cut(string? text) => text is { Length: > 2000 } ? text[..2000] : text;
}
