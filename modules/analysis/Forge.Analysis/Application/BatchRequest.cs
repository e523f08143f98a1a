namespace Forge.Analysis.Application;

/// <summary>The body of <c>POST /analyses/batch</c> (ADR 40 §Batch).</summary>
public sealed record BatchRequest(IReadOnlyList<BatchItemData?>? Analyses, BatchOptions? Options);

/// <param name="ReferenceId">The caller's own id of the item: 1–255 characters, unique within the batch.</param>
public sealed record BatchItemData(string? ReferenceId, DocumentData? ResumeData, DocumentData? JobPostingData);

/// <param name="Parallel">How many items run at once: 1–100, default 10.</param>
public sealed record BatchOptions(WebhookData? Webhook, int? Parallel);
