using Forge.Hosting.BackgroundJobs;
using Hangfire;
using Hangfire.Server;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Schedules every module's and the platform's <see cref="IRecurringJob"/> once the server listens, not on the way to
/// it (ADR 69); a period of zero or less switches a job off.
/// <list type="bullet">
/// <item>Shared job storage (several hosts): a Hangfire recurring job (ADR 21). Hangfire's scheduler takes a
/// storage-wide lock per recurring job, so a period fires once in the cluster however many hosts run. Registering only
/// has to precede Hangfire's processing, which starts when the application has started, after every StartedAsync.</item>
/// <item>In-memory storage (one host): a loop on this host's clock, with the same occurrences (ADR 79). Each run is
/// the same scope and handler; no Hangfire job is created, so an idle host does not run Hangfire's perform pipeline
/// (its serializer, state machine and filters) every minute. One loop per job, so a job never overlaps itself.</item>
/// </list>
/// </summary>
public sealed class RecurringJobScheduler(
    IServiceProvider services, IEnumerable<RecurringJobType> jobs, JobStorageOptions storage, RecurringJobRunner runner,
    ILogger<RecurringJobScheduler> logger) : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var hangfire = storage.IsInMemory ? null : services.GetRequiredService<IRecurringJobManager>();
        foreach (var job in jobs)
        {
            var period = job.Period(services);
            var name = job.Name;
            if (hangfire is null)
            {
                if (period > TimeSpan.Zero) _loops.Add(RunOnThisHostAsync(name, RecurringSchedule.For(period), _stopping.Token));
                continue;
            }
            if (period <= TimeSpan.Zero)
            {
                hangfire.RemoveIfExists(name);
                continue;
            }
            var cron = RecurringSchedule.For(period).Cron;
            hangfire.AddOrUpdate<RecurringJobRunner>(name, r => r.RunAsync(name, null, CancellationToken.None), cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            logger.LogDebug("Recurring job {Name}: {Cron}", name, cron);
        }
        return Task.CompletedTask;
    }

    /// <summary>Stopping cancels the waits and the runs in progress (handlers observe the token).</summary>
    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>Waits for the loops to end (they catch everything they run) within the host's stop budget.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_loops).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's budget ran out: a handler ignored its token.
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task RunOnThisHostAsync(string name, RecurringSchedule schedule, CancellationToken stopping)
    {
        logger.LogDebug("Recurring job {Name}: every {Step} on this host", name, schedule.Step);
        // The system clock, as Hangfire's scheduler uses: tests may give the host a clock of their own for its data.
        var last = DateTimeOffset.MinValue;
        while (!stopping.IsCancellationRequested)
        {
            var now = TimeProvider.System.GetUtcNow();
            // Strictly after the last occurrence too: a timer that wakes a moment early must not run one twice.
            var occurrence = schedule.Next(now > last ? now : last);
            try
            {
                await Task.Delay(occurrence - now, stopping);
                await runner.RunAsync(name, occurrence.UtcDateTime, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Recurring job {Name} failed at {Occurrence:O}", name, occurrence);
            }
            last = occurrence;
        }
    }
}

/// <summary>
/// A recurring job's run: the registered handler, in its own scope, as the host. Hangfire calls it with its context
/// (shared storage); the in-memory schedule with the occurrence it serves.
/// </summary>
[AutomaticRetry(Attempts = 0)]
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class RecurringJobRunner(IServiceScopeFactory scopes, IEnumerable<RecurringJobType> jobs, ILogger<RecurringJobRunner> logger)
{
    /// <param name="context">Hangfire's, supplied when it runs the job (null in the registration expression).</param>
    public Task RunAsync(string name, PerformContext? context, CancellationToken cancellationToken) =>
        RunAsync(name, context?.BackgroundJob.CreatedAt ?? DateTime.UtcNow, cancellationToken);

    /// <param name="triggeredAt">The occurrence this run serves (UTC), for <see cref="RecurringJobRun"/>.</param>
    public async Task RunAsync(string name, DateTime triggeredAt, CancellationToken cancellationToken)
    {
        var job = jobs.FirstOrDefault(j => j.Name == name);
        if (job is null)
        {
            logger.LogWarning("Recurring job {Name} has no handler on this host (is its module loaded?)", name);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var run = scope.ServiceProvider.GetRequiredService<RecurringJobRun>();
        run.Name = name;
        run.TriggeredAt = triggeredAt;
        var handler = (IRecurringJob)scope.ServiceProvider.GetRequiredService(job.HandlerType);
        await handler.ExecuteAsync(cancellationToken);
    }
}
