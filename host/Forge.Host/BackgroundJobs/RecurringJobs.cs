using Forge.Hosting.BackgroundJobs;
using Hangfire;
using Hangfire.Server;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Registers every module's and the platform's <see cref="IRecurringJob"/> as a Hangfire recurring job at
/// start-up (ADR 21). Hangfire's scheduler takes a storage-wide lock per recurring job, so with shared
/// storage a period fires once in the cluster however many hosts run; in memory there is one host.
/// The registration runs once the server listens (<see cref="StartedAsync"/>), not on the way to it (ADR 69): it only
/// has to precede Hangfire's processing, which starts when the application has started, after every StartedAsync.
/// </summary>
public sealed class RecurringJobScheduler(IServiceProvider services, IEnumerable<RecurringJobType> jobs, IRecurringJobManager hangfire, ILogger<RecurringJobScheduler> logger)
    : IHostedLifecycleService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        foreach (var job in jobs)
        {
            var period = job.Period(services);
            if (period <= TimeSpan.Zero)
            {
                hangfire.RemoveIfExists(job.Name);
                continue;
            }
            var cron = CronFor(period);
            var name = job.Name;
            hangfire.AddOrUpdate<RecurringJobRunner>(name, r => r.RunAsync(name, null, CancellationToken.None), cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            logger.LogDebug("Recurring job {Name}: {Cron}", name, cron);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A period as a cron expression aligned to the clock: whole seconds dividing a minute (6-part cron),
    /// whole minutes dividing an hour, whole hours dividing a day, else daily. A period that does not divide
    /// its unit is shortened to the nearest one that does (never lengthened: sweeps must not fall behind).
    /// </summary>
    public static string CronFor(TimeSpan period)
    {
        var seconds = Math.Max(1, (int)period.TotalSeconds);
        if (seconds < 60) return $"*/{Divisor(seconds, 60)} * * * * *";
        if (seconds < 3600) return $"0 */{Divisor(seconds / 60, 60)} * * * *";
        if (seconds < 86400) return $"0 0 */{Divisor(seconds / 3600, 24)} * * *";
        return "0 0 0 * * *";
    }

    private static int Divisor(int value, int unit)
    {
        for (var d = Math.Min(value, unit); d > 1; d--)
            if (unit % d == 0) return d;
        return 1;
    }
}

/// <summary>What Hangfire runs for a recurring job: the registered handler, in its own scope, as the host.</summary>
[AutomaticRetry(Attempts = 0)]
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class RecurringJobRunner(IServiceScopeFactory scopes, IEnumerable<RecurringJobType> jobs, ILogger<RecurringJobRunner> logger)
{
    /// <param name="context">Hangfire's, supplied when it runs the job (null in the registration expression).</param>
    public async Task RunAsync(string name, PerformContext? context, CancellationToken cancellationToken)
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
        run.TriggeredAt = context?.BackgroundJob.CreatedAt ?? DateTime.UtcNow;
        var handler = (IRecurringJob)scope.ServiceProvider.GetRequiredService(job.HandlerType);
        await handler.ExecuteAsync(cancellationToken);
    }
}
