using System.Text.Json.Serialization;

namespace Forge.Fortune.Webhooks;

/// <summary>The Webhook object (W-list). The secret is never part of it.</summary>
public record WebhookDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("events")] IReadOnlyList<string> Events,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, string> Metadata,
    [property: JsonPropertyName("active")] bool Active,
    [property: JsonPropertyName("failure_count")] int FailureCount,
    [property: JsonPropertyName("last_triggered_at")] string? LastTriggeredAt,
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("updated_at")] string UpdatedAt);

/// <summary><c>POST /v1/webhooks</c>: the Webhook object plus its <c>secret</c>, shown this once.</summary>
public sealed record WebhookCreatedDto(
    string Id, string Url, IReadOnlyList<string> Events, string? Description, IReadOnlyDictionary<string, string> Metadata,
    bool Active, int FailureCount, string? LastTriggeredAt, string CreatedAt, string UpdatedAt,
    [property: JsonPropertyName("secret")] string Secret)
    : WebhookDto(Id, Url, Events, Description, Metadata, Active, FailureCount, LastTriggeredAt, CreatedAt, UpdatedAt);

/// <summary><c>DELETE /v1/webhooks/{id}</c>.</summary>
public sealed record WebhookDeletedDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("deleted")] bool Deleted,
    [property: JsonPropertyName("deleted_at")] string DeletedAt);

/// <summary>
/// <c>POST /v1/webhooks/{id}/test</c>: one signed attempt made while the caller waits, what the
/// receiver answered, and the hook as it stands afterwards (re-enabled by a successful reactivating test).
/// </summary>
public sealed record WebhookTestResultDto(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("delivered")] bool Delivered,
    [property: JsonPropertyName("status_code")] int? StatusCode,
    [property: JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    [property: JsonPropertyName("duration_ms")] long DurationMs,
    [property: JsonPropertyName("reactivated")] bool Reactivated,
    [property: JsonPropertyName("webhook")] WebhookDto Webhook);
