using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Fortunes;

/// <summary>
/// A generated fortune, kept so that the same conditions answer from storage (<c>cached: true</c>).
/// One row per (profile, fortune_type, period, model): <see cref="FortuneDate"/> is the period's first
/// day (the day itself, the 1st of the month, or 1 January), so every date in a period finds the same
/// row through the unique index. <see cref="Model"/> is the model that wrote it — an alias such as
/// <c>haiku</c>, or <c>builtin</c> when the rule engine answered (ADR 7 #8, ADR 11).
/// </summary>
public sealed class StoredFortune : IMultiTenant
{
    public required string Id { get; init; }
    public Guid? TenantId { get; set; }
    public required string ProfileId { get; init; }

    /// <summary><c>daily</c> / <c>monthly</c> / <c>yearly</c>.</summary>
    public required string FortuneType { get; init; }

    /// <summary>The first day of the period (see the class summary).</summary>
    public DateOnly FortuneDate { get; init; }

    /// <summary>The alias that wrote the text, or <c>builtin</c>.</summary>
    public required string Model { get; init; }

    /// <summary><c>builtin</c>, or the AI provider (<c>anthropic</c>, <c>openai</c>).</summary>
    public required string Engine { get; init; }

    /// <summary>The provider's model id (e.g. <c>claude-3-5-haiku-latest</c>); <c>builtin-v1</c> for the rule engine.</summary>
    public required string EngineModel { get; init; }

    public int Score { get; init; }
    public required string Summary { get; init; }

    /// <summary>The five categories as JSON (<see cref="FortuneContent"/>).</summary>
    public required string CategoriesJson { get; init; }

    /// <summary>Lucky items as JSON (<see cref="FortuneContent"/>); always generated, shown on request.</summary>
    public required string LuckyItemsJson { get; init; }

    /// <summary>How many later requests this fortune answered from storage; the wire's <c>cached</c> on reads.</summary>
    public int CacheHits { get; set; }

    public DateTime GeneratedAt { get; init; }
}
