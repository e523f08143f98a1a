using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.AI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Forge.Fortune.Application.Batches;

/// <summary>
/// <c>estimated_completion</c> from measured throughput (ADR 14): the mean latency of the tenant's last
/// <c>LatencyHistorySize</c> generated (not cached) fortunes of the model the items will use — the alias
/// when its provider is configured, else <c>builtin</c> — times the waves still to run,
/// ⌈remaining ÷ concurrency⌉. Without history: <c>DefaultAiItemMs</c> (2 s, OV's haiku figure) or
/// <c>DefaultBuiltinItemMs</c> (50 ms).
/// </summary>
public sealed class BatchEstimator(FortuneDbContext db, IAiChatClientFactory ai, IOptions<FortuneBatchOptions> settings)
{
    private readonly FortuneBatchOptions options = settings.Value;

    public async Task<TimeSpan> PerItemAsync(string requestedModel, CancellationToken ct)
    {
        var useAi = ai.IsConfigured(requestedModel);
        var model = useAi ? requestedModel : BuiltinFortuneWriter.ModelName;
        var recent = await db.FortuneGenerations.AsNoTracking()
            .Where(g => !g.Cached && g.Model == model)
            .OrderByDescending(g => g.CreatedAt)
            .Take(options.LatencyHistorySize)
            .Select(g => g.LatencyMs)
            .ToListAsync(ct);
        if (recent.Count == 0) return useAi ? options.DefaultAiItemTime : options.DefaultBuiltinItemTime;
        return TimeSpan.FromMilliseconds(recent.Average());
    }

    public DateTime Estimate(DateTime from, int remaining, TimeSpan perItem)
    {
        var waves = (remaining + options.Concurrency - 1) / options.Concurrency;
        return from + perItem * waves;
    }
}
