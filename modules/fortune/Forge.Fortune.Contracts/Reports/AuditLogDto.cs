using System.Text.Json.Serialization;

namespace Forge.Fortune.Reports;

/// <summary>One audit entry (ADR 7 #7: <c>log_…</c> id, R-audit's flat shape).</summary>
public sealed record AuditLogDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("resource_type")] string ResourceType,
    [property: JsonPropertyName("resource_id")] string ResourceId,
    [property: JsonPropertyName("actor_ip")] string? ActorIp,
    [property: JsonPropertyName("actor_api_key")] string? ActorApiKey,
    [property: JsonPropertyName("actor_client_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ActorClientId,
    [property: JsonPropertyName("request_id")] string? RequestId,
    [property: JsonPropertyName("metadata")] AuditMetadataDto Metadata,
    [property: JsonPropertyName("created_at")] string CreatedAt);

public sealed record AuditMetadataDto(
    [property: JsonPropertyName("user_agent")] string? UserAgent,
    [property: JsonPropertyName("endpoint")] string? Endpoint);

/// <summary>The query string of <c>GET /v1/reports/audit</c>, as sent (validated by the app service).</summary>
public sealed record AuditQuery(
    string? Action,
    string? ResourceType,
    string? ResourceId,
    string? ActorIp,
    string? StartDate,
    string? EndDate,
    string? Limit,
    string? Cursor);
