using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// The one kernel dispatcher of every module's job outbox (ADR 20). Woken by <see cref="JobOutboxSignal"/>
/// right after a commit on this host, and every <c>OutboxPollSeconds</c> for rows another process committed
/// (or a crash left), it records each staged job in <c>platform_background_jobs</c> under the row's own id,
/// queues it, then deletes the row. Every step may repeat after a crash, or run on two hosts at once: the
/// record's key makes the second insert a no-op and the dispatcher's claim runs a twice-queued job once.
/// An outbox is first asked whether it holds a row over a plain connection: a context, and so its EF model, is
/// built only when it does (ADR 67), so an idle host builds no module's model for the poll.
/// </summary>
public sealed class JobOutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<JobOutboxContext> contexts,
    IEnumerable<ContextDatabase> databases,
    JobOutboxSignal signal,
    BackgroundJobTypes types,
    IBackgroundJobClient hangfire,
    JobsOptions options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<JobOutboxDispatcher> logger) : BackgroundService
{
    private const int PageSize = 100;
    private readonly HashSet<string> _warnedUnknown = [];
    private long _passes;

    /// <summary>How many times every outbox has been looked at since start (for tests and diagnostics).</summary>
    public long Passes => Interlocked.Read(ref _passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A commit's pulse before then is kept by the signal; the first pass reads every outbox anyway.
        await HostStarted.WaitAsync(lifetime, stoppingToken);
        var where = databases.ToDictionary(d => d.ContextType);
        var registered = contexts.Select(c => c.ContextType).Distinct()
            .Select(c => (Type: c, Database: where[c], Table: JobOutboxModel.TableFor(c))).ToList();
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var (context, database, table) in registered)
            {
                try
                {
                    if (!await database.AnyRowAsync(table, stoppingToken)) continue;
                    while (await DrainPageAsync(context, stoppingToken) == PageSize) { }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Draining the job outbox of {Context} failed; trying again at the next poll", context.Name);
                }
            }
            Interlocked.Increment(ref _passes);
            await signal.WaitAsync(options.OutboxPoll, clock, stoppingToken);
        }
    }

    /// <returns>How many rows the page held.</returns>
    private async Task<int> DrainPageAsync(Type contextType, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var module = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var outbox = ((IJobOutboxDbContext)module).JobOutbox;
        var rows = await outbox.AsNoTracking().OrderBy(m => m.CreatedAt).Take(PageSize).ToListAsync(ct);
        if (rows.Count == 0) return 0;

        var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var handed = 0;
        foreach (var row in rows)
        {
            if (types.ForArgsName(row.ArgsType) is not { } type)
            {
                // Its module is not loaded on this host: leave the row to a host that runs it.
                if (_warnedUnknown.Add(row.ArgsType))
                    logger.LogWarning("Staged job {Args} in {Context} has no handler on this host; left in the outbox", row.ArgsType, contextType.Name);
                continue;
            }
            Failpoint.Hit(Failpoint.OutboxBeforeRecord(type.Name));
            var notBefore = row.CreatedAt + TimeSpan.FromMilliseconds(row.DelayMs);
            await RecordAsync(platform, row, type.Name, notBefore, ct);
            var wait = notBefore - clock.GetUtcNow().UtcDateTime;
            BackgroundJobManager.Dispatch(hangfire, row.Id, wait > TimeSpan.Zero ? wait : null);
            await outbox.Where(m => m.Id == row.Id).ExecuteDeleteAsync(CancellationToken.None);
            handed++;
        }
        if (handed > 0) logger.LogDebug("Dispatched {Count} staged jobs from {Context}", handed, contextType.Name);
        return rows.Count;
    }

    private async Task RecordAsync(PlatformDbContext platform, JobOutboxMessage row, string jobName, DateTime notBefore, CancellationToken ct)
    {
        if (await platform.BackgroundJobs.AnyAsync(j => j.Id == row.Id, ct)) return; // recorded before a crash or by another host
        // Several hosts drain the shared outbox at once (each on its own commits and its poll), so two may read the
        // same row: the insert skips a key already recorded instead of failing (and being logged as an error) on it.
        var state = nameof(BackgroundJobState.Pending);
        var queuedAt = clock.GetUtcNow().UtcDateTime;
        if (platform.Database.IsSqlServer())
            await platform.Database.ExecuteSqlAsync($"""
                INSERT INTO platform_background_jobs ("Id", "TenantId", "JobName", "ArgsJson", "State", "Attempts", "NotBefore", "QueuedAt", "CreatedAt")
                SELECT {row.Id}, {row.TenantId}, {jobName}, {row.ArgsJson}, {state}, 0, {notBefore}, {queuedAt}, {row.CreatedAt}
                WHERE NOT EXISTS (SELECT 1 FROM platform_background_jobs WITH (UPDLOCK, HOLDLOCK) WHERE "Id" = {row.Id})
                """, ct);
        else
            await platform.Database.ExecuteSqlAsync($"""
                INSERT INTO platform_background_jobs ("Id", "TenantId", "JobName", "ArgsJson", "State", "Attempts", "NotBefore", "QueuedAt", "CreatedAt")
                VALUES ({row.Id}, {row.TenantId}, {jobName}, {row.ArgsJson}, {state}, 0, {notBefore}, {queuedAt}, {row.CreatedAt})
                ON CONFLICT ("Id") DO NOTHING
                """, ct);
    }
}
