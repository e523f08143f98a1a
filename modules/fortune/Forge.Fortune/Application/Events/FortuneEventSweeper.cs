using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// The outbox's safety net: at start-up and then every <c>SweepSeconds</c>, events that were saved
/// but never dispatched (the process died between the commit and the job's enqueue, or the enqueue
/// failed) get their dispatch job, as their tenant. Only events older than <c>DispatchGraceSeconds</c>
/// are taken, so the normal path is not raced; the job itself is idempotent.
/// </summary>
internal sealed class FortuneEventSweeper(
    IServiceScopeFactory scopes,
    FortuneEventOptions options,
    TimeProvider clock,
    ILogger<FortuneEventSweeper> logger) : BackgroundService
{
    private const int BatchSize = 500;

    // Older than this, an undispatched event is left alone: its job has failed for good (e.g. the
    // tenant is gone), and re-enqueueing it every sweep forever would help nobody.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, clock);
        do
        {
            try
            {
                var swept = await SweepAsync(stoppingToken);
                if (swept > 0) logger.LogInformation("Dispatched {Count} Fortune events the outbox had left undispatched", swept);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Fortune outbox sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FortuneDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.DispatchGrace;
        var oldest = now - GiveUpAfter;
        // Every tenant's outbox: the host-level sweeper is the one place that looks across tenants.
        var pending = await db.Events.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.DispatchedAt == null && e.CreatedAt < cutoff && e.CreatedAt > oldest)
            .OrderBy(e => e.Sequence).Take(BatchSize)
            .Select(e => new { e.Id, e.TenantId })
            .ToListAsync(ct);
        var tenant = services.GetRequiredService<ICurrentTenant>();
        var jobs = services.GetRequiredService<IBackgroundJobManager>();
        foreach (var evt in pending)
            using (tenant.Change(evt.TenantId))
                await jobs.EnqueueAsync(new FortuneEventDispatchArgs(evt.Id), cancellationToken: ct);
        return pending.Count;
    }
}
