using System.ComponentModel.DataAnnotations;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// <c>Fortune:Status</c>: when a measured figure turns a component <c>degraded</c>, and how status is served.
/// Bound and validated at start (ADR 33); read through <c>IOptionsMonitor</c>, so a threshold changed in a reloaded
/// configuration source applies to the next evaluation without a restart.
/// </summary>
public sealed class FortuneStatusOptions
{
    public const string SectionName = "Fortune:Status";

    /// <summary>A database round trip slower than this is <c>degraded</c>.</summary>
    [Range(0.0, 600_000)] public double DatabaseDegradedLatencyMs { get; set; } = 200;

    /// <summary>A database that does not answer within this is an <c>outage</c>.</summary>
    [Range(1.0, 600_000)] public double DatabaseTimeoutMs { get; set; } = 2000;

    /// <summary>Fortune requests slower than this on average over the window make the API <c>degraded</c>.</summary>
    [Range(0.0, 600_000)] public double ApiDegradedLatencyMs { get; set; } = 1000;

    /// <summary>Percentage of 5xx answers over the window above which the API is <c>degraded</c>…</summary>
    [Range(0.0, 100)] public double ApiDegradedServerErrorRate { get; set; } = 5;

    /// <summary>…judged only once the window holds this many requests (two failures of three are not a trend).</summary>
    [Range(1, 1_000_000)] public int ApiMinimumRequests { get; set; } = 20;

    [Range(0, 86_400)] public int ApiWindowSeconds { get; set; } = 300;

    /// <summary>Window of the fortune-generation figures (cache hit rate, model latency).</summary>
    [Range(0, 31_536_000)] public int GenerationWindowSeconds { get; set; } = 3600;

    [Range(0.0, 3_600_000)] public double AiModelDegradedLatencyMs { get; set; } = 10_000;

    /// <summary>Percentage of failed calls of a configured model above which it is <c>degraded</c> (all failed: <c>outage</c>).</summary>
    [Range(0.0, 100)] public double AiModelDegradedFailureRate { get; set; } = 20;

    /// <summary>A model is judged by its last this many calls made by this process…</summary>
    [Range(1, 10_000)] public int AiModelWindowCalls { get; set; } = 20;

    /// <summary>…within this many seconds; older outcomes are forgotten, so an idle model is not judged by old failures.</summary>
    [Range(0, 86_400)] public int AiModelWindowSeconds { get; set; } = 300;

    /// <summary>How often a background check evaluates the components and opens/resolves incidents; 0 turns it off.</summary>
    [Range(0.0, 86_400)] public double CheckIntervalSeconds { get; set; } = 60;

    /// <summary><c>/v1/status</c> calls per minute per tenant (per IP when anonymous); not counted against the plan's quotas.</summary>
    [Range(0, 1_000_000)] public int RequestsPerMinute { get; set; } = 60;

    public TimeSpan CheckInterval => TimeSpan.FromSeconds(CheckIntervalSeconds);
}
