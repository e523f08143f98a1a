using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Batches;

/// <summary>
/// One profile of a batch, in request order (<see cref="Position"/>). Pending until its fortune is stored or
/// refused; the outcome is written once (a conditional update on <c>pending</c>), in the same transaction as
/// the batch's count, so a re-run after a crash neither redoes nor double-counts it.
/// </summary>
public sealed class FortuneBatchItem : IMultiTenant
{
    public required string BatchId { get; init; }
    public int Position { get; init; }
    public Guid? TenantId { get; set; }

    /// <summary>As sent: an unknown or another tenant's id fails this item with <c>not_found</c>.</summary>
    public required string ProfileId { get; init; }

    /// <summary><see cref="BatchItemStatus"/>: pending, success or failed.</summary>
    public required string Status { get; set; }

    public string? FortuneId { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTime? FinishedAt { get; set; }
}
