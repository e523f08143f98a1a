using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Batches;

/// <summary>
/// An asynchronous batch of fortunes (seed 000, ADR 14): one per <c>POST /v1/fortunes/batch</c>, with one
/// <see cref="FortuneBatchItem"/> per distinct profile id. The row is the truth the job works from: counts are
/// raised only together with an item's outcome, and <see cref="Status"/> (a concurrency token) moves
/// pending → processing → completed|failed once, so the completion event is raised exactly once.
/// </summary>
public sealed class FortuneBatch : IMultiTenant
{
    public required string Id { get; init; }
    public Guid? TenantId { get; set; }

    /// <summary><see cref="BatchStatus"/>: pending, processing, completed or failed.</summary>
    public required string Status { get; set; }

    /// <summary><c>daily</c> / <c>monthly</c> / <c>yearly</c>.</summary>
    public required string FortuneType { get; init; }

    /// <summary>The date asked for (default: today in KST when the batch was created).</summary>
    public DateOnly FortuneDate { get; init; }

    /// <summary>The alias asked for (<c>haiku</c> by default); items fall back to <c>builtin</c> as single fortunes do.</summary>
    public required string Model { get; init; }

    public string? WebhookUrl { get; init; }

    /// <summary>The per-batch signing secret (<c>whsec_…</c>), encrypted like webhook secrets; shown once on create.</summary>
    public string? WebhookSecretEncrypted { get; init; }

    public int TotalCount { get; init; }
    public int CompletedCount { get; set; }
    public int FailedCount { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }

    /// <summary>The <c>evt_</c> id of the <c>batch.completed</c> event; also the webhook's <c>X-Webhook-Id</c>.</summary>
    public string? CompletedEventId { get; set; }

    /// <summary>The kernel delivery of the <c>webhook_url</c> notification, once enqueued.</summary>
    public Guid? WebhookDeliveryId { get; set; }

    // Who created the batch: the audit log of each generated fortune names them (the job has no request).
    public string? ActorIp { get; init; }
    public string? ActorApiKey { get; init; }
    public string? ActorClientId { get; init; }
    public string? RequestId { get; init; }
    public string? UserAgent { get; init; }

    public bool IsFinished => Status is BatchStatus.Completed or BatchStatus.Failed;
}
