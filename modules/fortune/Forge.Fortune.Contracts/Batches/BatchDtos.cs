using System.Text.Json.Serialization;

namespace Forge.Fortune.Batches;

/// <summary>
/// The Batch object (seed 000, ADR 14). <c>webhook_url</c> only when set; <c>completed_at</c> and
/// <c>results</c> only once the batch has finished (<c>completed</c> or <c>failed</c>);
/// <c>webhook_secret</c> only in the create response of a batch with a <c>webhook_url</c>.
/// </summary>
public sealed record FortuneBatchDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("total_count")] int TotalCount,
    [property: JsonPropertyName("completed_count")] int CompletedCount,
    [property: JsonPropertyName("failed_count")] int FailedCount,
    [property: JsonPropertyName("fortune_type")] string FortuneType,
    [property: JsonPropertyName("fortune_date")] string FortuneDate,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("webhook_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WebhookUrl,
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("estimated_completion")] string EstimatedCompletion,
    [property: JsonPropertyName("completed_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CompletedAt = null,
    [property: JsonPropertyName("results"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BatchResultDto>? Results = null,
    [property: JsonPropertyName("webhook_secret"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WebhookSecret = null);

/// <summary>One profile's outcome: <c>success</c> with the fortune's id, or <c>failed</c> with the error.</summary>
public sealed record BatchResultDto(
    [property: JsonPropertyName("profile_id")] string ProfileId,
    [property: JsonPropertyName("fortune_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FortuneId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BatchErrorDto? Error = null);

/// <summary>Why an item failed, with the error codes of the rest of the API (<c>not_found</c>, <c>service_unavailable</c>, …).</summary>
public sealed record BatchErrorDto(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
