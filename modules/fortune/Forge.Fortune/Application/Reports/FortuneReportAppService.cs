using Forge.Fortune.Domain.Readings;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Reports;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Reports;

/// <summary>
/// <c>GET /v1/reports/fortunes</c> (R-fortunes, ADR 13) from the generation log (<c>fortune_generations</c>):
/// one row per answered request, generated or served from storage, kept when the fortune is deleted — so the
/// figures of a past range never change. The log is read for the current tenant only (the kernel's filter) and
/// aggregated in the database: one <c>GROUP BY</c> (type, model, cached) and one <c>COUNT(DISTINCT profile)</c>;
/// the handful of groups are then combined here.
/// </summary>
public sealed class FortuneReportAppService(FortuneDbContext db, TimeProvider clock)
{
    private static readonly string[] Types = Enum.GetValues<FortuneType>().Select(t => t.Key()).ToArray();

    public async Task<FortuneReportDto> GetAsync(string? startDate, string? endDate, string? fortuneType, CancellationToken ct)
    {
        var range = ReportDateRange.Parse(startDate, endDate, clock);
        var type = string.IsNullOrEmpty(fortuneType) ? null : InputParsing.Enum(fortuneType, "fortune_type", FortuneType.Daily).Key();
        var (from, until) = (range.From, range.Until);

        var log = db.FortuneGenerations.AsNoTracking().Where(g => g.CreatedAt >= from && g.CreatedAt < until);
        if (type is not null) log = log.Where(g => g.FortuneType == type);

        var groups = (await log
                .GroupBy(g => new { g.FortuneType, g.Model, g.Cached })
                .Select(g => new
                {
                    g.Key.FortuneType,
                    g.Key.Model,
                    g.Key.Cached,
                    Count = g.LongCount(),
                    Latency = g.Sum(x => (long)x.LatencyMs),
                    Scored = g.LongCount(x => x.Score != null),
                    Score = g.Sum(x => (long?)x.Score),
                    Cost = g.Sum(x => x.CostUsd),
                })
                .ToListAsync(ct))
            .Select(g => (g.FortuneType, g.Model, Totals: new Totals(g.Count, g.Cached ? g.Count : 0, g.Latency, g.Scored, g.Score ?? 0, g.Cost)))
            .ToList();
        var uniqueProfiles = await log.Select(g => g.ProfileId).Distinct().LongCountAsync(ct);

        var all = Totals.Sum(groups.Select(g => g.Totals));
        var byType = Types.ToDictionary(t => t, t =>
        {
            var of = Totals.Sum(groups.Where(g => g.FortuneType == t).Select(g => g.Totals));
            return new FortuneTypeFiguresDto(of.Count, Percent.Of(of.Count, all.Count), of.AverageScore, of.CacheHitRate);
        });
        var byModel = groups.GroupBy(g => g.Model)
            .Select(g => (Model: g.Key, Totals: Totals.Sum(g.Select(x => x.Totals))))
            .OrderByDescending(m => m.Totals.Count).ThenBy(m => m.Model, StringComparer.Ordinal)
            .ToDictionary(m => m.Model, m => new FortuneModelFiguresDto(
                m.Totals.Count, Percent.Of(m.Totals.Count, all.Count), m.Totals.AverageLatencyMs, m.Totals.CacheHitRate, m.Totals.Cost));

        var summary = new FortuneReportSummaryDto(all.Count, uniqueProfiles, all.CacheHitRate, all.AverageScore, all.AverageLatencyMs, all.Cost);
        return new FortuneReportDto(ReportDateRange.Format(range.Start), ReportDateRange.Format(range.End), type, summary, byType, byModel);
    }

    /// <summary>Sums over some of the groups; the averages divide sums, so combining groups stays exact.</summary>
    private readonly record struct Totals(long Count, long CacheHits, long LatencyMs, long Scored, long ScoreSum, decimal Cost)
    {
        public double CacheHitRate => Percent.Of(CacheHits, Count);
        public double? AverageLatencyMs => Percent.Average(LatencyMs, Count);
        public double? AverageScore => Percent.Average(ScoreSum, Scored);

        public static Totals Sum(IEnumerable<Totals> parts) => parts.Aggregate(default(Totals), (a, b) => new Totals(
            a.Count + b.Count, a.CacheHits + b.CacheHits, a.LatencyMs + b.LatencyMs, a.Scored + b.Scored, a.ScoreSum + b.ScoreSum, a.Cost + b.Cost));
    }
}
