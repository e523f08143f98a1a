using Forge.Hosting.MultiTenancy;

namespace Forge.Analysis.Domain.Analyses;

/// <summary>
/// One resume/posting analysis (production or sandbox). The documents are stored encrypted (<c>IPiiProtector</c>)
/// in their wire form, so the job reads them exactly as they were submitted; they are erased on DELETE.
/// Status moves QUEUED → PROCESSING → COMPLETED | FAILED by conditional updates, so a cancel and the job
/// cannot both end the same analysis.
/// </summary>
public sealed class AnalysisRun : IMultiTenant
{
    /// <summary>UUID v7 as text (sortable, the keyset paging id).</summary>
    public required string Id { get; init; }
    public Guid? TenantId { get; set; }
    public bool Sandbox { get; init; }
    public string Status { get; set; } = AnalysisStatus.Queued;

    public required string ResumeType { get; init; }
    public required string PostingType { get; init; }
    /// <summary>Encrypted wire <c>content</c>; null once erased.</summary>
    public string? ResumeContent { get; set; }
    public string? PostingContent { get; set; }

    public string? WebhookUrl { get; init; }
    /// <summary>Encrypted webhook secret, when one was given.</summary>
    public string? WebhookSecret { get; init; }
    /// <summary>The kernel delivery of the terminal event, once enqueued.</summary>
    public Guid? WebhookDeliveryId { get; set; }

    public string? ResultJson { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>Sandbox runs only: when the id stops being known.</summary>
    public DateTime? ExpiresAt { get; init; }
    public Guid? JobId { get; set; }
    public string? RequestId { get; init; }

    /// <summary>The batch this analysis is an item of (its webhook is the batch's), with the caller's reference.</summary>
    public string? BatchId { get; init; }
    public string? ReferenceId { get; init; }
    /// <summary>Position in its batch, for a stable item order.</summary>
    public int BatchPosition { get; init; }

    /// <summary>What every analysis's credit reference starts with (the orphan sweep's query, ADR 43 addendum).</summary>
    public const string CreditReferencePrefix = "analysis:";

    /// <summary>The credit reservation's reference (production only); settled idempotently by it.</summary>
    public string CreditReference => CreditReferencePrefix + Id;

    /// <summary>The analysis id a credit reference names; null when it is not an analysis's.</summary>
    public static string? IdOfCreditReference(string reference) =>
        reference.StartsWith(CreditReferencePrefix, StringComparison.Ordinal) ? reference[CreditReferencePrefix.Length..] : null;
}

public static class AnalysisStatus
{
    public const string Queued = "QUEUED";
    public const string Processing = "PROCESSING";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";

    public static readonly string[] All = [Queued, Processing, Completed, Failed];

    public static bool IsTerminal(string status) => status is Completed or Failed;
}
