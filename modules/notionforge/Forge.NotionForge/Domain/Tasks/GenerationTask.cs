using Forge.Hosting.MultiTenancy;

namespace Forge.NotionForge.Domain.Tasks;

/// <summary>
/// A generation task (ADR 42, 51): what to build (a prompt, planned inside the task, or a blueprint), where (the parent
/// page), with which Notion credential, and how far it got. Its steps (<see cref="GenerationStep"/>) and events
/// (<see cref="GenerationTaskEvent"/>) hang off <see cref="Id"/>; the wire id is <see cref="TaskId"/>.
/// </summary>
public sealed class GenerationTask : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    /// <summary>12 lowercase hex characters from a CSPRNG, unique per tenant (the seed's shape).</summary>
    public required string TaskId { get; set; }
    public string Status { get; set; } = GenerationTaskStatus.Pending;
    /// <summary>Which entry point submitted it (<c>submit</c>, <c>generate</c>, <c>stream</c>, <c>recipe</c>, <c>chat</c>, <c>document</c>).</summary>
    public required string Source { get; set; }
    public string? Prompt { get; set; }
    /// <summary>The blueprint as submitted or as planned; set before the first Notion step, never changed after.</summary>
    public string? BlueprintJson { get; set; }
    public required string OptionsJson { get; set; }
    public string? SkillId { get; set; }
    /// <summary>Who planned it: <c>builtin</c>, a provider alias, <c>builtin-fallback</c>; null when a blueprint was given.</summary>
    public string? Planner { get; set; }
    public required string ParentPageId { get; set; }
    /// <summary>The request's Notion token, encrypted; null when the task acts with the tenant's connection (re-read on resume).</summary>
    public string? ProtectedNotionToken { get; set; }
    public bool UsesConnection { get; set; }
    public Guid JobId { get; set; }
    /// <summary>
    /// The tenant's running-task slot (0 … MaxRunningPerTenant − 1) this task holds from submit until it ends, then null.
    /// Unique per tenant in the database, so the limit holds under concurrent submits on every host (ADR 59).
    /// </summary>
    public int? Slot { get; set; }
    /// <summary>AI provider tokens spent planning this generation (0 for the built-in planner; ADR 59).</summary>
    public long PlannerTokens { get; set; }
    public bool CancelRequested { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>Steps the plan needs (known once planned) and steps done: the progress a console shows.</summary>
    public int StepsTotal { get; set; }
    public int StepsDone { get; set; }
    public string? RootPageId { get; set; }
    public string? NotionUrl { get; set; }
    public int PagesCreated { get; set; }
    public int DatabasesCreated { get; set; }
    public int BlocksCreated { get; set; }
    public double? DurationSeconds { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
    /// <summary>When the created root was moved to Notion's trash on request (POST …/rollback).</summary>
    public DateTime? RolledBackAt { get; set; }
}

public static class GenerationTaskStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static bool IsTerminal(string status) => status is Completed or Failed or Cancelled;
}
