using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Health;

/// <summary>
/// <c>GET /api/metrics/summary</c> (seed §9; issue 11): the current tenant's finished generations of the last 7 days
/// — totals, success rate, mean/p50/p95 duration, planner tokens, top skills — read from its tasks (kept 7 days).
/// </summary>
public sealed class GenerationMetrics(NotionForgeDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    public async Task<MetricsSummaryView> SummaryAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - Period;
        string[] finished = [GenerationTaskStatus.Completed, GenerationTaskStatus.Failed];
        var tasks = await db.Set<GenerationTask>().AsNoTracking()
            .Where(t => t.CreatedAt >= since && finished.Contains(t.Status))
            .Select(t => new { t.Status, t.DurationSeconds, t.SkillId }).ToListAsync(ct);
        var durations = tasks.Select(t => (t.DurationSeconds ?? 0) * 1000).Order().ToList();
        var success = tasks.Count(t => t.Status == GenerationTaskStatus.Completed);
        // Tokens are spent when planning, whatever became of the task: every task of the period counts (ADR 59).
        var tokens = await db.Set<GenerationTask>().Where(t => t.CreatedAt >= since).SumAsync(t => t.PlannerTokens, ct);
        return new MetricsSummaryView(
            "7d", tasks.Count, success, tasks.Count == 0 ? 0 : Math.Round(100.0 * success / tasks.Count, 1),
            durations.Count == 0 ? 0 : Math.Round(durations.Average()), Percentile(durations, 0.50), Percentile(durations, 0.95),
            tokens,
            tasks.Where(t => t.SkillId is not null).GroupBy(t => t.SkillId!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(10).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)]);
}

/// <summary>
/// The seed's summary plus p50/p95 and tokens. <c>tokens</c> counts the AI provider tokens the period's generations
/// spent planning (input + output, refused replies included); the built-in planner spends none (ADR 59).
/// </summary>
public sealed record MetricsSummaryView(
    string Period, int TotalGenerations, int SuccessCount, double SuccessRate, double AvgDurationMs, double P50DurationMs,
    double P95DurationMs, long Tokens, IReadOnlyDictionary<string, int> TopSkills);
