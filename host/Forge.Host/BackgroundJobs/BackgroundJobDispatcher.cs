using System.Reflection;
using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// What Hangfire runs. It claims the record with a conditional update under a fresh owner id (so a job
/// queued twice — by recovery, the outbox, a takeover — runs once at a time), holds the claim with a
/// heartbeat lease (<see cref="JobLease"/>), runs the handler as the job's tenant with a token that a
/// cancel on any host trips, and records the outcome only while it still owns the claim. Retries are
/// ours, not Hangfire's, so the record stays the truth.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class BackgroundJobDispatcher(
    IServiceScopeFactory scopes,
    BackgroundJobTypes types,
    IBackgroundJobClient hangfire,
    ICurrentTenant currentTenant,
    RunningJobs running,
    JobsOptions options,
    TimeProvider clock,
    ILogger<BackgroundJobDispatcher> logger)
{
    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var owner = Guid.NewGuid();
        var claimed = await db.BackgroundJobs
            .Where(j => j.Id == jobId && j.NotBefore <= now && j.CancelRequestedAt == null &&
                        (j.State == BackgroundJobState.Pending || (j.State == BackgroundJobState.Running && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, BackgroundJobState.Running)
                .SetProperty(j => j.LeaseOwner, owner)
                .SetProperty(j => j.LeaseExpiresAt, now + options.Lease)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            await RescheduleIfEarlyAsync(db, jobId, now, cancellationToken);
            return;
        }

        var record = await db.BackgroundJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, cancellationToken);
        await using var lease = new JobLease(jobId, owner, scopes, options, clock, logger);
        using var tracked = running.Track(lease);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Token);
        try
        {
            await ExecuteAsync(scope.ServiceProvider, record, linked.Token);
            await SetOutcomeAsync(db, jobId, owner, BackgroundJobState.Succeeded, null, CancellationToken.None);
        }
        catch (Exception e) when (linked.IsCancellationRequested && Unwrap(e) is OperationCanceledException)
        {
            await EndCancelledAsync(db, record, lease, cancellationToken);
        }
        catch (Exception e)
        {
            await FailAsync(db, record, owner, Unwrap(e));
        }
    }

    private async Task EndCancelledAsync(PlatformDbContext db, BackgroundJobRecord record, JobLease lease, CancellationToken shutdown)
    {
        if (lease.Lost)
        {
            logger.LogWarning("Background job {JobId} ({Job}) was taken over by another host; this run stopped", record.Id, record.JobName);
            return;
        }
        if (lease.CancelRequested)
        {
            logger.LogInformation("Background job {JobId} ({Job}) was cancelled", record.Id, record.JobName);
            await SetOutcomeAsync(db, record.Id, lease.Owner, BackgroundJobState.Cancelled, "Cancelled.", CancellationToken.None);
            return;
        }
        // The host is stopping: give the job back at once rather than leave it to the lease.
        var released = await db.BackgroundJobs.Where(j => j.Id == record.Id && j.LeaseOwner == lease.Owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, BackgroundJobState.Pending)
            .SetProperty(j => j.LeaseOwner, (Guid?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(j => j.QueuedAt, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        if (released > 0)
        {
            logger.LogInformation("Background job {JobId} ({Job}) handed back: this host is stopping", record.Id, record.JobName);
            BackgroundJobManager.Dispatch(hangfire, record.Id, null);
        }
        shutdown.ThrowIfCancellationRequested();
    }

    private async Task FailAsync(PlatformDbContext db, BackgroundJobRecord record, Guid owner, Exception e)
    {
        if (record.Attempts >= options.MaxAttempts)
        {
            logger.LogError(e, "Background job {JobId} ({Job}) failed for good after {Attempts} attempts", record.Id, record.JobName, record.Attempts);
            await SetOutcomeAsync(db, record.Id, owner, BackgroundJobState.Failed, e.Message, CancellationToken.None);
            return;
        }
        var delay = TimeSpan.FromSeconds(options.RetryBaseSeconds * Math.Pow(2, record.Attempts - 1));
        logger.LogWarning(e, "Background job {JobId} ({Job}) failed; retrying in {Delay}", record.Id, record.JobName, delay);
        var now = clock.GetUtcNow().UtcDateTime;
        var handedBack = await db.BackgroundJobs.Where(j => j.Id == record.Id && j.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, BackgroundJobState.Pending)
            .SetProperty(j => j.LeaseOwner, (Guid?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(j => j.LastError, e.Message)
            .SetProperty(j => j.QueuedAt, now)
            .SetProperty(j => j.NotBefore, now + delay), CancellationToken.None);
        if (handedBack > 0) BackgroundJobManager.Dispatch(hangfire, record.Id, delay);
    }

    /// <summary>
    /// Hangfire keeps schedules in whole seconds, so a delayed job can start up to a second before
    /// its record's NotBefore. Such a run must not be dropped: it is handed back for the time left.
    /// </summary>
    private async Task RescheduleIfEarlyAsync(PlatformDbContext db, Guid jobId, DateTime now, CancellationToken ct)
    {
        var notBefore = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.Id == jobId && j.State == BackgroundJobState.Pending && j.CancelRequestedAt == null)
            .Select(j => (DateTime?)j.NotBefore)
            .FirstOrDefaultAsync(ct);
        if (notBefore is { } due && due > now)
            BackgroundJobManager.Dispatch(hangfire, jobId, due - now);
    }

    private async Task ExecuteAsync(IServiceProvider services, BackgroundJobRecord record, CancellationToken ct)
    {
        var type = types.ForName(record.JobName)
                   ?? throw new InvalidOperationException($"No handler for job '{record.JobName}' (is its module loaded?).");
        var args = JsonSerializer.Deserialize(record.ArgsJson, type.ArgsType, JobOutbox.SerializerOptions)
                   ?? throw new InvalidOperationException($"Job {record.Id} has empty arguments.");
        var handler = services.GetRequiredService(type.HandlerType);
        var execute = type.HandlerType.GetMethod("ExecuteAsync")!;
        await Failpoint.BlockAsync(Failpoint.JobRunning(record.JobName));
        using (currentTenant.Change(record.TenantId))
            await (Task)execute.Invoke(handler, [args, ct])!;
    }

    private static Exception Unwrap(Exception e) => e is TargetInvocationException { InnerException: { } inner } ? inner : e;

    private async Task SetOutcomeAsync(PlatformDbContext db, Guid jobId, Guid owner, BackgroundJobState state, string? error, CancellationToken ct) =>
        await db.BackgroundJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.LastError, error)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(j => j.CompletedAt, clock.GetUtcNow().UtcDateTime), ct);
}
