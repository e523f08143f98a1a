using Forge.Hosting.MultiTenancy;

namespace Forge.NotionForge.Domain.Tasks;

/// <summary>
/// One Notion write of a task, under a deterministic key (ADR 51): recorded as <see cref="GenerationStepState.Started"/>
/// before the request is sent and as <see cref="GenerationStepState.Done"/> with what Notion returned as soon as it
/// answers, so a resumed task skips what is done and looks a started-but-unrecorded create up before sending it again.
/// </summary>
public sealed class GenerationStep : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public Guid TaskRowId { get; set; }
    public required string Key { get; set; }
    /// <summary><c>page</c>, <c>database</c>, <c>row</c>, <c>schema</c>, <c>read</c>, <c>view</c> or <c>append</c>.</summary>
    public required string Kind { get; set; }
    public string State { get; set; } = GenerationStepState.Started;
    public int Sequence { get; set; }
    public string? Title { get; set; }
    /// <summary>The created object's id (page, database, row); for an append, null.</summary>
    public string? NotionId { get; set; }
    /// <summary>A database's data source id, an append's created block ids (comma-separated, in order), or a schema step's property ids (JSON).</summary>
    public string? Extra { get; set; }
    public string? Url { get; set; }
    /// <summary>Blocks this step created (an append's whole batch, nested ones included).</summary>
    public int Blocks { get; set; }
    public DateTime StartedAt { get; set; }
}

public static class GenerationStepState
{
    public const string Started = "started";
    public const string Done = "done";
}
