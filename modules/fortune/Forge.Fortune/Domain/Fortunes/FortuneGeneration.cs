using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Fortunes;

/// <summary>
/// One answered generate call (create, batch item or stream), cached or not: the source of the reports'
/// cache hit rate, latency per model and cost. Kept when the fortune is deleted — it holds no PII and
/// the statistics should not change when a customer tidies up. Refused calls (4xx, provider failures)
/// leave no row.
/// </summary>
public sealed class FortuneGeneration : IMultiTenant
{
    public required string Id { get; init; }
    public Guid? TenantId { get; set; }
    public required string FortuneId { get; init; }
    public required string ProfileId { get; init; }
    public required string FortuneType { get; init; }

    /// <summary>The alias the caller asked for (<c>haiku</c> by default).</summary>
    public required string RequestedModel { get; init; }

    /// <summary>The fortune's model: the alias, or <c>builtin</c>.</summary>
    public required string Model { get; init; }

    public required string Engine { get; init; }

    /// <summary>
    /// The served fortune's score, copied so the reports' averages survive the fortune's deletion.
    /// Null only on rows logged before the column existed.
    /// </summary>
    public int? Score { get; init; }

    public bool Cached { get; init; }
    public int LatencyMs { get; init; }
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }

    /// <summary>
    /// Estimated from the configured list prices (kernel <c>AiUsage</c>); 0 for cached and built-in answers.
    /// Stored as whole nano-dollars (<c>CostNanoUsd</c>, a 64-bit integer) so every database sums it exactly (ADR 13).
    /// </summary>
    public decimal CostUsd { get; init; }

    public DateTime CreatedAt { get; init; }
}
