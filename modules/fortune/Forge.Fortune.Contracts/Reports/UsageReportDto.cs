using System.Text.Json.Serialization;

namespace Forge.Fortune.Reports;

/// <summary>
/// <c>GET /v1/reports/usage</c> (ADR 13): the calling tenant's Fortune API calls per UTC day and per route,
/// from the platform's daily usage aggregates. Rates are percentages; latencies are server-side milliseconds.
/// </summary>
public sealed record UsageReportDto(
    [property: JsonPropertyName("start_date")] string StartDate,
    [property: JsonPropertyName("end_date")] string EndDate,
    [property: JsonPropertyName("summary")] UsageSummaryDto Summary,
    [property: JsonPropertyName("by_day")] IReadOnlyList<UsageDayDto> ByDay,
    [property: JsonPropertyName("by_endpoint")] IReadOnlyList<UsageEndpointDto> ByEndpoint);

public sealed record UsageSummaryDto(
    [property: JsonPropertyName("total_requests")] long TotalRequests,
    [property: JsonPropertyName("total_errors")] long TotalErrors,
    [property: JsonPropertyName("error_rate")] double ErrorRate,
    [property: JsonPropertyName("average_latency_ms")] double? AverageLatencyMs);

/// <summary>One UTC day of the range; days without calls are present with zeros.</summary>
public sealed record UsageDayDto(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("requests")] long Requests,
    [property: JsonPropertyName("errors")] long Errors,
    [property: JsonPropertyName("error_rate")] double ErrorRate,
    [property: JsonPropertyName("average_latency_ms")] double? AverageLatencyMs);

/// <summary>One route template (e.g. <c>/v1/profiles/{id}</c>), every method together, busiest first.</summary>
public sealed record UsageEndpointDto(
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("requests")] long Requests,
    [property: JsonPropertyName("errors")] long Errors,
    [property: JsonPropertyName("error_rate")] double ErrorRate,
    [property: JsonPropertyName("average_latency_ms")] double? AverageLatencyMs);
