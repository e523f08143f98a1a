using System.Text.Json.Serialization;

namespace Forge.Fortune.Fortunes;

/// <summary><c>POST /v1/fortunes/stream</c> body (F-stream), as sent; validated like <c>POST /v1/fortunes</c>.</summary>
public sealed record FortuneStreamInput
{
    [JsonPropertyName("profile_id")] public string? ProfileId { get; init; }
    [JsonPropertyName("fortune_type")] public string? FortuneType { get; init; }
    [JsonPropertyName("fortune_date")] public string? FortuneDate { get; init; }
    [JsonPropertyName("model")] public string? Model { get; init; }
}

/// <summary>One server-sent event of a fortune stream: its <c>event:</c> name and its <c>data:</c> object.</summary>
public sealed record FortuneStreamEvent(string Name, object Data)
{
    public const string Start = "start";
    public const string Delta = "delta";
    public const string Category = "category";
    public const string Done = "done";
    public const string Error = "error";
}

/// <summary><c>start</c>: the fortune's id and what will answer (ADR 15).</summary>
public sealed record FortuneStreamStartDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("profile_id")] string ProfileId,
    [property: JsonPropertyName("fortune_type")] string FortuneType,
    [property: JsonPropertyName("fortune_date")] string FortuneDate,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("cached")] bool Cached);

/// <summary><c>delta</c>: readable text as it is written; <c>field</c> is <c>summary</c> or <c>categories.&lt;name&gt;.description</c>.</summary>
public sealed record FortuneStreamDeltaDto(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("text")] string Text);

/// <summary><c>category</c>: one checked category.</summary>
public sealed record FortuneStreamCategoryDto(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("description")] string Description);

/// <summary><c>done</c>: the stored Fortune (as <c>GET /v1/fortunes/{id}</c> shows it) and the call's stats.</summary>
public sealed record FortuneStreamDoneDto(
    [property: JsonPropertyName("fortune")] FortuneDto Fortune,
    [property: JsonPropertyName("stats")] FortuneStreamStatsDto Stats);

public sealed record FortuneStreamStatsDto(
    [property: JsonPropertyName("latency_ms")] long LatencyMs,
    [property: JsonPropertyName("cached")] bool Cached,
    [property: JsonPropertyName("tokens")] FortuneStreamTokensDto Tokens,
    [property: JsonPropertyName("cost_usd")] decimal CostUsd);

public sealed record FortuneStreamTokensDto(
    [property: JsonPropertyName("input")] long Input,
    [property: JsonPropertyName("output")] long Output,
    [property: JsonPropertyName("total")] long Total);

/// <summary><c>error</c>: the product's error vocabulary (ADR 7) once the stream has begun and a status code no longer can.</summary>
public sealed record FortuneStreamErrorDto(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("message")] string Message);
