using Forge.Fortune.Domain.Batches;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forge.Fortune.Application.Batches;

/// <summary>
/// The one gap the kernel's job recovery cannot see: a batch stored by a process that died before its job was
/// recorded (<c>JobQueuedAt</c> null). At start-up and every <c>SweepSeconds</c> such batches older than
/// <c>EnqueueGraceSeconds</c> (so a create still in flight is not raced) get their job, as their tenant.
/// Jobs that were recorded are the kernel's to recover.
/// </summary>
internal sealed class FortuneBatchSweeper(
    IServiceScopeFactory scopes, FortuneBatchOptions options, TimeProvider clock, ILogger<FortuneBatchSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, clock);
        do
        {
            try
            {
                var swept = await SweepAsync(stoppingToken);
                if (swept > 0) logger.LogInformation("Enqueued {Count} Fortune batches whose job was never recorded", swept);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Fortune batch sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FortuneDbContext>();
        var cutoff = clock.GetUtcNow().UtcDateTime - options.EnqueueGrace;
        // Every tenant's batches: the host-level sweeper is the one place that looks across tenants.
        var orphans = await db.Batches.IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.JobQueuedAt == null && b.Status != BatchStatus.Completed && b.Status != BatchStatus.Failed && b.CreatedAt < cutoff)
            .Select(b => new { b.Id, b.TenantId })
            .Take(500)
            .ToListAsync(ct);
        var tenant = services.GetRequiredService<ICurrentTenant>();
        var jobs = services.GetRequiredService<IBackgroundJobManager>();
        foreach (var batch in orphans)
        {
            using (tenant.Change(batch.TenantId))
            {
                await jobs.EnqueueAsync(new FortuneBatchArgs(batch.Id), cancellationToken: ct);
                await db.Batches.Where(b => b.Id == batch.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.JobQueuedAt, clock.GetUtcNow().UtcDateTime), ct);
            }
        }
        return orphans.Count;
    }
}
