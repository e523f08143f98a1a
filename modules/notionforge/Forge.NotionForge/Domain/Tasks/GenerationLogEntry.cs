namespace Forge.NotionForge.Domain.Tasks;

/// <summary>
/// A finished generation, without its tenant (ADR 42 §Health): what <c>/health</c>'s <c>today_stats</c> counts. The
/// per-tenant metrics read the tasks themselves.
/// </summary>
public sealed class GenerationLogEntry
{
    public long Id { get; set; }
    public required string Status { get; set; }
    public string? SkillId { get; set; }
    public double DurationSeconds { get; set; }
    public DateTime FinishedAt { get; set; }
}
