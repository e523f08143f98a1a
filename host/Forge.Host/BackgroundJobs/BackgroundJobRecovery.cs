using Forge.Host.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// On start-up, hands every unfinished job record back to Hangfire. With in-memory storage the
/// queue died with the previous process, and a "running" record was running in it, so both go
/// back; with shared storage only records whose lease ran out do. The dispatcher's claim keeps a
/// job that is also still queued from running twice.
/// </summary>
public sealed class BackgroundJobRecovery(IServiceScopeFactory scopes, IBackgroundJobClient hangfire, JobStorageOptions storage, TimeProvider clock, ILogger<BackgroundJobRecovery> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (storage.IsInMemory)
            await db.BackgroundJobs.Where(j => j.State == BackgroundJobState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, BackgroundJobState.Pending).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), cancellationToken);

        var unfinished = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.State == BackgroundJobState.Pending || (j.State == BackgroundJobState.Running && j.LeaseExpiresAt < now))
            .Select(j => new { j.Id, j.NotBefore })
            .ToListAsync(cancellationToken);
        foreach (var job in unfinished)
            BackgroundJobManager.Dispatch(hangfire, job.Id, job.NotBefore > now ? job.NotBefore - now : null);
        if (unfinished.Count > 0) logger.LogInformation("Re-enqueued {Count} unfinished background jobs", unfinished.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
