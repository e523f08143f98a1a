using System.Text.Json.Serialization;

namespace Forge.Fortune.Status;

/// <summary>
/// <c>GET /v1/status</c> (seed 002, ADR 13). Anonymous callers get the first four fields; an authenticated
/// Fortune caller also gets the measured components, uptime and incidents.
/// </summary>
public sealed record ServiceStatusDto(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("environment")] string Environment,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("components"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StatusComponentsDto? Components = null,
    [property: JsonPropertyName("uptime"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UptimeDto? Uptime = null,
    [property: JsonPropertyName("last_incident"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IncidentDto? LastIncident = null,
    [property: JsonPropertyName("active_incidents"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IncidentDto>? ActiveIncidents = null);

/// <param name="AiModels"><c>status</c> (and <c>message</c> when not operational) plus one <see cref="AiModelStatusDto"/> per model alias and <c>builtin</c>.</param>
public sealed record StatusComponentsDto(
    [property: JsonPropertyName("api")] ApiComponentDto Api,
    [property: JsonPropertyName("database")] DatabaseComponentDto Database,
    [property: JsonPropertyName("cache")] CacheComponentDto Cache,
    [property: JsonPropertyName("ai_models")] IReadOnlyDictionary<string, object> AiModels);

/// <summary>Fortune requests handled by this process in the last <c>window_seconds</c>.</summary>
public sealed record ApiComponentDto(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("latency_ms")] double? LatencyMs,
    [property: JsonPropertyName("requests")] int Requests,
    [property: JsonPropertyName("server_error_rate")] double? ServerErrorRate,
    [property: JsonPropertyName("window_seconds")] int WindowSeconds,
    [property: JsonPropertyName("message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message);

/// <summary>A real round trip to the Fortune database; pool figures only where the provider reports them (PostgreSQL).</summary>
public sealed record DatabaseComponentDto(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("latency_ms")] double? LatencyMs,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("connections"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ConnectionsDto? Connections,
    [property: JsonPropertyName("message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message);

public sealed record ConnectionsDto(
    [property: JsonPropertyName("active")] long Active,
    [property: JsonPropertyName("idle")] long Idle,
    [property: JsonPropertyName("max")] long Max);

/// <summary>The stored-fortune cache (it lives in the database): hit rate over <c>window_seconds</c>, null without generations.</summary>
public sealed record CacheComponentDto(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("hit_rate")] double? HitRate,
    [property: JsonPropertyName("requests")] long Requests,
    [property: JsonPropertyName("window_seconds")] int WindowSeconds,
    [property: JsonPropertyName("message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message);

/// <summary>One model alias (or the built-in engine): <c>operational</c>, <c>degraded</c>, <c>outage</c> or <c>not_configured</c>.</summary>
public sealed record AiModelStatusDto(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("provider"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Provider,
    [property: JsonPropertyName("model"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model,
    [property: JsonPropertyName("calls")] long Calls,
    [property: JsonPropertyName("avg_latency_ms")] double? AvgLatencyMs,
    [property: JsonPropertyName("message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message);

public sealed record UptimeDto(
    [property: JsonPropertyName("seconds")] long Seconds,
    [property: JsonPropertyName("human")] string Human);

public sealed record IncidentDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("component")] string Component,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("started_at")] string StartedAt,
    [property: JsonPropertyName("resolved_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ResolvedAt);
