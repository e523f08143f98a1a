using System.Reflection;
using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.MultiTenancy;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// What Hangfire runs. It claims the record with a conditional update (so a job that was
/// enqueued twice, e.g. by recovery, runs once), runs the handler as the job's tenant, and
/// records the outcome. Retries are ours, not Hangfire's, so the record stays the truth.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class BackgroundJobDispatcher(
    IServiceScopeFactory scopes,
    BackgroundJobTypes types,
    IBackgroundJobClient hangfire,
    ICurrentTenant currentTenant,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<BackgroundJobDispatcher> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.BackgroundJobs
            .Where(j => j.Id == jobId && j.NotBefore <= now &&
                        (j.State == BackgroundJobState.Pending || (j.State == BackgroundJobState.Running && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, BackgroundJobState.Running)
                .SetProperty(j => j.LeaseExpiresAt, now + Lease)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            await RescheduleIfEarlyAsync(db, jobId, now, cancellationToken);
            return;
        }

        var record = await db.BackgroundJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, cancellationToken);
        try
        {
            await ExecuteAsync(scope.ServiceProvider, record, cancellationToken);
            await SetOutcomeAsync(db, jobId, BackgroundJobState.Succeeded, null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = (e is TargetInvocationException { InnerException: { } inner } ? inner : e).Message;
            var maxAttempts = configuration.GetValue("Forge:Jobs:MaxAttempts", 5);
            if (record.Attempts >= maxAttempts)
            {
                logger.LogError(e, "Background job {JobId} ({Job}) failed for good after {Attempts} attempts", jobId, record.JobName, record.Attempts);
                await SetOutcomeAsync(db, jobId, BackgroundJobState.Failed, error, CancellationToken.None);
                return;
            }
            var delay = TimeSpan.FromSeconds(configuration.GetValue("Forge:Jobs:RetryBaseSeconds", 5.0) * Math.Pow(2, record.Attempts - 1));
            logger.LogWarning(e, "Background job {JobId} ({Job}) failed; retrying in {Delay}", jobId, record.JobName, delay);
            await db.BackgroundJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, BackgroundJobState.Pending)
                .SetProperty(j => j.LastError, error)
                .SetProperty(j => j.NotBefore, clock.GetUtcNow().UtcDateTime + delay), CancellationToken.None);
            BackgroundJobManager.Dispatch(hangfire, jobId, delay);
        }
    }

    /// <summary>
    /// Hangfire keeps schedules in whole seconds, so a delayed job can start up to a second before
    /// its record's NotBefore. Such a run must not be dropped: it is handed back for the time left.
    /// </summary>
    private async Task RescheduleIfEarlyAsync(PlatformDbContext db, Guid jobId, DateTime now, CancellationToken ct)
    {
        var notBefore = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.Id == jobId && j.State == BackgroundJobState.Pending)
            .Select(j => (DateTime?)j.NotBefore)
            .FirstOrDefaultAsync(ct);
        if (notBefore is { } due && due > now)
            BackgroundJobManager.Dispatch(hangfire, jobId, due - now);
    }

    private async Task ExecuteAsync(IServiceProvider services, BackgroundJobRecord record, CancellationToken ct)
    {
        var type = types.ForName(record.JobName)
                   ?? throw new InvalidOperationException($"No handler for job '{record.JobName}' (is its module loaded?).");
        var args = JsonSerializer.Deserialize(record.ArgsJson, type.ArgsType, types.SerializerOptions)
                   ?? throw new InvalidOperationException($"Job {record.Id} has empty arguments.");
        var handler = services.GetRequiredService(type.HandlerType);
        var execute = type.HandlerType.GetMethod("ExecuteAsync")!;
        using (currentTenant.Change(record.TenantId))
            await (Task)execute.Invoke(handler, [args, ct])!;
    }

    private async Task SetOutcomeAsync(PlatformDbContext db, Guid jobId, BackgroundJobState state, string? error, CancellationToken ct) =>
        await db.BackgroundJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.LastError, error)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(j => j.CompletedAt, clock.GetUtcNow().UtcDateTime), ct);
}
