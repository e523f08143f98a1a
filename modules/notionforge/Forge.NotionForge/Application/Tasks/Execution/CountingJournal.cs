namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>Runs the plan without Notion: every step "creates" synthetic ids, so the plan's step count is exact.</summary>
internal sealed class CountingJournal : IStepJournal
{
    private int _next;

    /// <summary>A parent page id for a counting run (nothing is sent).</summary>
    public const string Parent = "00000000-0000-0000-0000-000000000000";

    public int Steps { get; private set; }

    public Task<StepOutcome> RunAsync(StepInfo step, Func<Task<StepOutcome>> send, Func<Task<StepOutcome?>> find, CancellationToken ct)
    {
        Steps++;
        return Task.FromResult(step.Kind switch
        {
            "append" => StepOutcome.Append([.. Enumerable.Range(0, 100).Select(_ => Synthetic())], 0),
            "schema" or "read" => StepOutcome.None,
            _ => StepOutcome.Object(Synthetic(), null, Synthetic()),
        });
    }

    public bool IsKnown(string notionId) => false;

    private string Synthetic() => $"00000000-0000-0000-0000-{++_next:x12}";
}
