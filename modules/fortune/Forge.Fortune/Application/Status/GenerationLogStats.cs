using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// The status page's generation figures from the generation log, <b>across all tenants</b>: the status is
/// the shared service's, not a tenant's. The one deliberate exception to the tenant filter in a request path,
/// kept safe by what it returns — counts and latencies grouped by model, never a row, id or tenant — and by
/// ignoring only the tenant filter (<see cref="MultiTenancyModel.TenantFilterName"/>), no other named filter.
/// Whether the window holds any row is asked over a plain connection first: the status check runs every minute, and
/// on a host that generated nothing it then builds no EF model (ADR 77).
/// </summary>
public sealed class GenerationLogStats(Lazy<FortuneDbContext> db, IEnumerable<ContextDatabase> databases) : IFortuneGenerationStats
{
    public async Task<FortuneGenerationFigures> GetSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        if (!await databases.Of<FortuneDbContext>().AnyRowAsync(FortuneModel.GenerationsTable, $"\"{nameof(FortuneGeneration.CreatedAt)}\" >= @since",
                [new("since", sinceUtc)], ct))
            return new FortuneGenerationFigures(true, 0, 0, new Dictionary<string, ModelGenerationFigures>(StringComparer.Ordinal));
        var groups = await db.Value.FortuneGenerations.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]).AsNoTracking()
            .Where(g => g.CreatedAt >= sinceUtc)
            .GroupBy(g => new { g.Model, g.Cached })
            .Select(g => new { g.Key.Model, g.Key.Cached, Count = g.LongCount(), Latency = g.Sum(x => (long)x.LatencyMs) })
            .ToListAsync(ct);

        // A model's figures are its own calls; a cache hit never reached it.
        var byModel = groups.Where(g => !g.Cached).ToDictionary(g => g.Model,
            g => new ModelGenerationFigures(g.Count, g.Count == 0 ? null : (double)g.Latency / g.Count), StringComparer.Ordinal);
        return new FortuneGenerationFigures(true, groups.Sum(g => g.Count), groups.Where(g => g.Cached).Sum(g => g.Count), byModel);
    }
}
