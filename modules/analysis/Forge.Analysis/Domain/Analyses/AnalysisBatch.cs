using Forge.Hosting.MultiTenancy;

namespace Forge.Analysis.Domain.Analyses;

/// <summary>
/// A batch of analyses (ADR 40 §Batch): every item is an ordinary <see cref="AnalysisRun"/> (reachable through
/// <c>/analyses/{id}</c>); the batch holds the webhook, the parallelism and its own QUEUED → PROCESSING → COMPLETED state.
/// </summary>
public sealed class AnalysisBatch : IMultiTenant
{
    public required string Id { get; init; }
    public Guid? TenantId { get; set; }
    public string Status { get; set; } = AnalysisStatus.Queued;
    public int TotalItems { get; init; }
    public int Parallel { get; init; }
    public string? WebhookUrl { get; init; }
    public string? WebhookSecret { get; init; }
    public Guid? WebhookDeliveryId { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? CompletedAt { get; set; }
}
