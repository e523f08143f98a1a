using Forge.Hosting.MultiTenancy;

namespace Forge.NotionForge.Domain.Tasks;

/// <summary>
/// One event of a task (progress, complete, error, cancelled) as stored: any host follows a task by reading the rows
/// after an id (SSE <c>Last-Event-ID</c>, the WebSocket, the task's progress list; ADR 51).
/// </summary>
public sealed class GenerationTaskEvent : IMultiTenant
{
    public long Id { get; set; }
    public Guid? TenantId { get; set; }
    public Guid TaskRowId { get; set; }
    public required string Type { get; set; }
    public string? Step { get; set; }
    public string? Message { get; set; }
    /// <summary>The rest of the event (current, total, url, summary, code) as JSON.</summary>
    public string? DataJson { get; set; }
    public DateTime CreatedAt { get; set; }
}
