using Forge.Analysis.Contracts.Results;

namespace Forge.Analysis.HttpApi.OpenApi;

// The wire shapes as the OpenAPI document shows them (ADR 29). The handlers build the same members (AnalysisViews);
// these records exist for the document only, so its schemas carry names and types.

/// <summary>Every success body: the MIRI envelope around <typeparamref name="T"/>.</summary>
internal sealed record Envelope<T>(bool Success, T Data, string? Message, string Code, object? Metadata);

/// <summary>Every refusal: <c>data</c> null, the seed's code, <c>metadata.field</c> naming the field at fault.</summary>
internal sealed record ErrorEnvelope(bool Success, object? Data, string Message, string Code, ErrorMetadata? Metadata);

/// <param name="Field">The request field at fault, when there is one.</param>
/// <param name="Required">BUS002: credits the request needs.</param>
/// <param name="Available">BUS002: credits the tenant has.</param>
/// <param name="PurchaseUrl">BUS002: where the operator grants credits.</param>
internal sealed record ErrorMetadata(string? Field, long? Required, long? Available, string? PurchaseUrl);

internal sealed record AnalysisDto(
    string Id,
    string Status,
    string CreatedAt,
    string? CompletedAt,
    long? ProcessingTime,
    int? EstimatedTime,
    AnalysisResult? Result,
    AnalysisErrorDto? Error,
    AnalysisMetadataDto? Metadata,
    WebhookDto? Webhook,
    LinksDto Links);

internal sealed record AnalysisErrorDto(string Code, string Message);

internal sealed record CreditsDto(int CreditsUsed);

/// <param name="Engine">Once COMPLETED: <c>builtin</c>, or the AI provider that wrote the evaluative text (ADR 47).</param>
internal sealed record AnalysisMetadataDto(int CreditsUsed, string? Engine);

internal sealed record WebhookDto(string Url, DeliveryDto Delivery);

/// <param name="State">PENDING, SUCCESS or FAILED.</param>
internal sealed record DeliveryDto(string State, string? LastAttemptAt, int? LastStatusCode, int AttemptCount, string? LastError);

internal sealed record LinksDto(string Self);

internal sealed record AnalysisListDto(IReadOnlyList<AnalysisDto> Items, string? NextCursor);

internal sealed record HealthEnvelope(bool Success, HealthDto Data, string? Message, string Code);

/// <param name="Status">UP or DOWN.</param>
internal sealed record HealthDto(string Status, string Timestamp);

internal sealed record BatchDto(
    string Id,
    string Status,
    int TotalItems,
    BatchCountsDto Counts,
    IReadOnlyList<BatchItemDto> Items,
    string CreatedAt,
    string? CompletedAt,
    LinksDto Links,
    CreditsDto? Metadata);

internal sealed record BatchCountsDto(int Queued, int Processing, int Completed, int Failed);

internal sealed record BatchItemDto(string ReferenceId, string AnalysisId, string Status, AnalysisErrorDto? Error);
