namespace Forge.Fortune.Application.Status;

/// <summary>
/// Figures about fortune generation that <c>/v1/status</c> reports: how many fortune requests were answered
/// from the stored-fortune cache, and each model's calls and latency — read from the generation log
/// (<c>fortune_generations</c>, <see cref="GenerationLogStats"/>). Failures are not in the log (a refused call
/// leaves no row): <see cref="ModelCallOutcomes"/> holds them.
/// </summary>
public interface IFortuneGenerationStats
{
    Task<FortuneGenerationFigures> GetSinceAsync(DateTime sinceUtc, CancellationToken ct);
}

/// <param name="LogAvailable">False when nothing records generations, so every figure is unknown rather than zero.</param>
/// <param name="Requests">Fortune requests answered (generated or cached).</param>
/// <param name="CacheHits">Of those, answered from a stored fortune.</param>
/// <param name="ByModel">Keyed by alias (<c>haiku</c>, …) and <c>builtin</c>; absent = no calls.</param>
public sealed record FortuneGenerationFigures(
    bool LogAvailable,
    long Requests,
    long CacheHits,
    IReadOnlyDictionary<string, ModelGenerationFigures> ByModel)
{
    public static readonly FortuneGenerationFigures Unavailable = new(false, 0, 0, new Dictionary<string, ModelGenerationFigures>());
}

/// <param name="Calls">The model's generations in the window (cache hits excluded: they never reached it).</param>
/// <param name="AverageLatencyMs">Over those calls; null without one.</param>
public sealed record ModelGenerationFigures(long Calls, double? AverageLatencyMs);

/// <summary>No figures at all: what a host without a generation log would honestly report.</summary>
public sealed class NoGenerationLog : IFortuneGenerationStats
{
    public Task<FortuneGenerationFigures> GetSinceAsync(DateTime sinceUtc, CancellationToken ct) =>
        Task.FromResult(FortuneGenerationFigures.Unavailable);
}
