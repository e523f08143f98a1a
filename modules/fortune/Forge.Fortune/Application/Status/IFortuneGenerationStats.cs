namespace Forge.Fortune.Application.Status;

/// <summary>
/// Figures about fortune generation that <c>/v1/status</c> reports: how many fortune requests were answered
/// from the stored-fortune cache, and each model's calls and latency. The generation log
/// (<c>fortune_generations</c>) is the intended source; until it is plugged in,
/// <see cref="NoGenerationLog"/> says so instead of inventing numbers.
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

/// <param name="Calls">Generations attempted with the model (cache hits excluded).</param>
/// <param name="Failures">Of those, the ones that failed.</param>
/// <param name="AverageLatencyMs">Over the successful calls; null without one.</param>
public sealed record ModelGenerationFigures(long Calls, long Failures, double? AverageLatencyMs);

/// <summary>The honest default while no generation log exists: no figures at all.</summary>
public sealed class NoGenerationLog : IFortuneGenerationStats
{
    public Task<FortuneGenerationFigures> GetSinceAsync(DateTime sinceUtc, CancellationToken ct) =>
        Task.FromResult(FortuneGenerationFigures.Unavailable);
}
