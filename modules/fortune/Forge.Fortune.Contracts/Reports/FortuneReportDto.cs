using System.Text.Json.Serialization;

namespace Forge.Fortune.Reports;

/// <summary>
/// <c>GET /v1/reports/fortunes</c> (R-fortunes, ADR 13): the calling tenant's answered fortune requests in a
/// range of UTC days. Every count is of <em>requests</em> (a generated fortune and each later cache hit on it
/// count once each); <c>unique_profiles</c> counts distinct profiles. Rates are percentages (0–100).
/// </summary>
public sealed record FortuneReportDto(
    [property: JsonPropertyName("start_date")] string StartDate,
    [property: JsonPropertyName("end_date")] string EndDate,
    [property: JsonPropertyName("fortune_type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FortuneType,
    [property: JsonPropertyName("summary")] FortuneReportSummaryDto Summary,
    [property: JsonPropertyName("by_type")] IReadOnlyDictionary<string, FortuneTypeFiguresDto> ByType,
    [property: JsonPropertyName("by_model")] IReadOnlyDictionary<string, FortuneModelFiguresDto> ByModel);

/// <param name="AverageScore">Mean score of the fortunes served (a cache hit counts its fortune again); null without requests.</param>
/// <param name="AverageLatencyMs">Server-side time of the generation step per request, cache hits included; null without requests.</param>
/// <param name="TotalCostUsd">Estimated model cost from the configured list prices; cache hits and the built-in engine cost nothing.</param>
public sealed record FortuneReportSummaryDto(
    [property: JsonPropertyName("total_fortunes")] long TotalFortunes,
    [property: JsonPropertyName("unique_profiles")] long UniqueProfiles,
    [property: JsonPropertyName("cache_hit_rate")] double CacheHitRate,
    [property: JsonPropertyName("average_score")] double? AverageScore,
    [property: JsonPropertyName("average_latency_ms")] double? AverageLatencyMs,
    [property: JsonPropertyName("total_cost_usd")] decimal TotalCostUsd);

/// <summary>One of <c>daily</c>, <c>monthly</c>, <c>yearly</c> — all three always present.</summary>
public sealed record FortuneTypeFiguresDto(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("percentage")] double Percentage,
    [property: JsonPropertyName("average_score")] double? AverageScore,
    [property: JsonPropertyName("cache_hit_rate")] double CacheHitRate);

/// <summary>One model that answered (an alias, or <c>builtin</c>); only models with requests, busiest first.</summary>
public sealed record FortuneModelFiguresDto(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("percentage")] double Percentage,
    [property: JsonPropertyName("average_latency_ms")] double? AverageLatencyMs,
    [property: JsonPropertyName("cache_hit_rate")] double CacheHitRate,
    [property: JsonPropertyName("total_cost_usd")] decimal TotalCostUsd);
