namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// Where the executor records its steps (ADR 51). The durable journal writes each step before and after its Notion
/// request; the counting journal runs the same plan without Notion to learn how many steps there are.
/// </summary>
internal interface IStepJournal
{
    /// <summary>
    /// Runs one step: answers a recorded outcome without sending; for a step recorded as started but not done, asks
    /// <paramref name="find"/> whether Notion already has it; otherwise records the start, sends, records the outcome.
    /// </summary>
    Task<StepOutcome> RunAsync(StepInfo step, Func<Task<StepOutcome>> send, Func<Task<StepOutcome?>> find, CancellationToken ct);

    /// <summary>Ids of every object the task's finished steps created (so a lookup never adopts one twice).</summary>
    bool IsKnown(string notionId);
}
