using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Hosting.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Runs on every host, every <c>HeartbeatSeconds</c> (ADR 21). A running job whose lease ran out had its
/// host die: it goes back to pending and to the queue (or to cancelled, if a cancel was asked for), so
/// another host — or this one after a restart — runs it within lease + one sweep, not after Hangfire's
/// 30-minute invisibility timeout. A pending job that was queued long ago and never started had its
/// hand-off lost (a crash between the record's commit and Hangfire's enqueue): it is queued again.
/// Each hand-back is a conditional update, so of several hosts one queues it. Whether any record is unfinished is
/// asked over a plain connection first, so a sweep with nothing to look at builds no EF model (ADR 77).
/// </summary>
public sealed class JobLeaseSweeper(IServiceScopeFactory scopes, IEnumerable<ContextDatabase> databases, IBackgroundJobClient hangfire,
    JobsOptions options, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<JobLeaseSweeper> logger)
    : BackgroundService
{
    private const int BatchSize = 200;
    private readonly ContextDatabase _platform = databases.Of<PlatformDbContext>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await HostStarted.WaitAsync(lifetime, stoppingToken);
        using var timer = new PeriodicTimer(options.Heartbeat, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Background job lease sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SweepAsync(CancellationToken ct)
    {
        if (!await _platform.AnyRowAsync(PlatformModel.BackgroundJobsTable, ct, PlatformModel.UnfinishedJobs)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;

        await db.BackgroundJobs
            .Where(j => j.State == BackgroundJobState.Running && j.LeaseExpiresAt < now && j.CancelRequestedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, BackgroundJobState.Cancelled)
                .SetProperty(j => j.LeaseOwner, (Guid?)null).SetProperty(j => j.CompletedAt, now), ct);

        var expired = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.State == BackgroundJobState.Running && j.LeaseExpiresAt < now)
            .Select(j => j.Id).Take(BatchSize).ToListAsync(ct);
        foreach (var id in expired)
        {
            var taken = await db.BackgroundJobs.Where(j => j.Id == id && j.State == BackgroundJobState.Running && j.LeaseExpiresAt < now)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, BackgroundJobState.Pending)
                    .SetProperty(j => j.LeaseOwner, (Guid?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
                    .SetProperty(j => j.QueuedAt, now), ct);
            if (taken == 0) continue;
            logger.LogWarning("Background job {JobId} lost its host (lease expired); queued again", id);
            BackgroundJobManager.Dispatch(hangfire, id, null);
        }

        var lostBefore = now - options.RequeueAfter;
        var stale = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.State == BackgroundJobState.Pending && j.NotBefore < lostBefore && (j.QueuedAt == null || j.QueuedAt < lostBefore))
            .Select(j => j.Id).Take(BatchSize).ToListAsync(ct);
        foreach (var id in stale)
        {
            var taken = await db.BackgroundJobs
                .Where(j => j.Id == id && j.State == BackgroundJobState.Pending && (j.QueuedAt == null || j.QueuedAt < lostBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.QueuedAt, now), ct);
            if (taken > 0) BackgroundJobManager.Dispatch(hangfire, id, null);
        }
        if (stale.Count > 0) logger.LogInformation("Queued {Count} pending background jobs again whose hand-off was lost", stale.Count);
    }
}
