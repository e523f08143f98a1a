using Forge.Host.Data;
using Forge.Hosting.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// On start-up with in-memory Hangfire storage, the queue died with the previous process: every
/// unfinished record goes back to it, and a record left "running" was running in that process (this
/// storage means one host), so it is reset at once instead of waiting out its lease. Shared storage
/// keeps its queue; lost hand-offs and dead hosts are <see cref="JobLeaseSweeper"/>'s.
/// The dispatcher's claim keeps a job that is also still queued from running twice.
/// It runs before the server listens, so whether any record is unfinished is asked over a plain connection first:
/// the platform's EF model is then built by the first work that needs it, not on the start-up path (ADR 67).
/// </summary>
public sealed class BackgroundJobRecovery(
    IServiceScopeFactory scopes, IEnumerable<ContextDatabase> databases, IBackgroundJobClient hangfire, JobsOptions options, TimeProvider clock,
    ILogger<BackgroundJobRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.IsInMemory) return;
        var platform = databases.Of<PlatformDbContext>();
        if (!await platform.AnyRowAsync(PlatformModel.BackgroundJobsTable, cancellationToken, PlatformModel.UnfinishedJobs)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.BackgroundJobs.Where(j => j.State == BackgroundJobState.Running && j.CancelRequestedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, BackgroundJobState.Cancelled).SetProperty(j => j.LeaseOwner, (Guid?)null)
                .SetProperty(j => j.CompletedAt, now), cancellationToken);
        await db.BackgroundJobs.Where(j => j.State == BackgroundJobState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, BackgroundJobState.Pending).SetProperty(j => j.LeaseOwner, (Guid?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), cancellationToken);

        var unfinished = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.State == BackgroundJobState.Pending)
            .Select(j => new { j.Id, j.NotBefore })
            .ToListAsync(cancellationToken);
        foreach (var job in unfinished)
            BackgroundJobManager.Dispatch(hangfire, job.Id, job.NotBefore > now ? job.NotBefore - now : null);
        await db.BackgroundJobs.Where(j => j.State == BackgroundJobState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.QueuedAt, now), cancellationToken);
        if (unfinished.Count > 0) logger.LogInformation("Re-enqueued {Count} unfinished background jobs", unfinished.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
