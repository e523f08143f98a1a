using Microsoft.Extensions.Configuration;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// <c>Fortune:Status</c>: when a measured figure turns a component <c>degraded</c>, and how status is served.
/// Read afresh at every evaluation, so a changed threshold applies to the next call without a restart.
/// </summary>
public sealed class FortuneStatusOptions
{
    public const string SectionName = "Fortune:Status";

    /// <summary>A database round trip slower than this is <c>degraded</c>.</summary>
    public double DatabaseDegradedLatencyMs { get; set; } = 200;

    /// <summary>A database that does not answer within this is an <c>outage</c>.</summary>
    public double DatabaseTimeoutMs { get; set; } = 2000;

    /// <summary>Fortune requests slower than this on average over the window make the API <c>degraded</c>.</summary>
    public double ApiDegradedLatencyMs { get; set; } = 1000;

    /// <summary>Percentage of 5xx answers over the window above which the API is <c>degraded</c>…</summary>
    public double ApiDegradedServerErrorRate { get; set; } = 5;

    /// <summary>…judged only once the window holds this many requests (two failures of three are not a trend).</summary>
    public int ApiMinimumRequests { get; set; } = 20;

    public int ApiWindowSeconds { get; set; } = 300;

    /// <summary>Window of the fortune-generation figures (cache hit rate, model latency).</summary>
    public int GenerationWindowSeconds { get; set; } = 3600;

    public double AiModelDegradedLatencyMs { get; set; } = 10_000;

    /// <summary>Percentage of failed calls of a configured model above which it is <c>degraded</c> (all failed: <c>outage</c>).</summary>
    public double AiModelDegradedFailureRate { get; set; } = 20;

    /// <summary>A model is judged by its last this many calls made by this process…</summary>
    public int AiModelWindowCalls { get; set; } = 20;

    /// <summary>…within this many seconds; older outcomes are forgotten, so an idle model is not judged by old failures.</summary>
    public int AiModelWindowSeconds { get; set; } = 300;

    /// <summary>How often a background check evaluates the components and opens/resolves incidents; 0 turns it off.</summary>
    public double CheckIntervalSeconds { get; set; } = 60;

    /// <summary><c>/v1/status</c> calls per minute per tenant (per IP when anonymous); not counted against the plan's quotas.</summary>
    public int RequestsPerMinute { get; set; } = 60;

    public static FortuneStatusOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<FortuneStatusOptions>() ?? new FortuneStatusOptions();
}
