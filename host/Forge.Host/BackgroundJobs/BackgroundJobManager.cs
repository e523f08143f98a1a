using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Writes the job's record first, then hands its id to Hangfire. If the process dies between the
/// two, <see cref="JobLeaseSweeper"/> (shared storage) or start-up recovery (in memory) queues it again.
/// </summary>
public sealed class BackgroundJobManager(
    PlatformDbContext db,
    IBackgroundJobClient hangfire,
    BackgroundJobTypes types,
    RunningJobs running,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IBackgroundJobManager
{
    public async Task<Guid> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        var type = types.ForArgs(typeof(TArgs));
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new BackgroundJobRecord
        {
            Id = Guid.CreateVersion7(),
            TenantId = currentTenant.Id,
            JobName = type.Name,
            ArgsJson = JsonSerializer.Serialize(args, JobOutbox.SerializerOptions),
            State = BackgroundJobState.Pending,
            NotBefore = now + (delay ?? TimeSpan.Zero),
            QueuedAt = now,
            CreatedAt = now,
        };
        db.BackgroundJobs.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        Dispatch(hangfire, record.Id, delay);
        return record.Id;
    }

    public async Task<bool> CancelAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tenant = currentTenant.Id;
        // The host (no tenant) may cancel any job; a tenant only its own.
        var mine = db.BackgroundJobs.Where(j => j.Id == jobId && (tenant == null || j.TenantId == tenant));
        var neverStarted = await mine.Where(j => j.State == BackgroundJobState.Pending).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, BackgroundJobState.Cancelled)
            .SetProperty(j => j.CancelRequestedAt, now)
            .SetProperty(j => j.CompletedAt, now), cancellationToken);
        if (neverStarted > 0) return true;
        var requested = await mine.Where(j => j.State == BackgroundJobState.Running && j.CancelRequestedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequestedAt, now), cancellationToken);
        if (requested == 0) return await mine.AnyAsync(j => j.State == BackgroundJobState.Running, cancellationToken);
        running.Cancel(jobId); // at once when it runs here; other hosts see the request at their next poll
        return true;
    }

    internal static void Dispatch(IBackgroundJobClient hangfire, Guid jobId, TimeSpan? delay)
    {
        if (delay is { } d && d > TimeSpan.Zero)
            hangfire.Schedule<BackgroundJobDispatcher>(x => x.RunAsync(jobId, CancellationToken.None), d);
        else
            hangfire.Enqueue<BackgroundJobDispatcher>(x => x.RunAsync(jobId, CancellationToken.None));
    }
}

/// <summary>The registered job types by name and by argument type.</summary>
public sealed class BackgroundJobTypes(IEnumerable<BackgroundJobType> types)
{
    private readonly Dictionary<string, BackgroundJobType> _byName = types.ToDictionary(t => t.Name);

    public BackgroundJobType ForArgs(Type argsType) =>
        _byName.Values.FirstOrDefault(t => t.ArgsType == argsType)
        ?? throw new InvalidOperationException($"No background job handler is registered for {argsType.Name}; call AddBackgroundJob.");

    /// <summary>The type a staged outbox row names by its arguments' full type name; null when no loaded module handles it.</summary>
    public BackgroundJobType? ForArgsName(string argsTypeName) =>
        _byName.Values.FirstOrDefault(t => t.ArgsType.FullName == argsTypeName);

    public BackgroundJobType? ForName(string name) => _byName.GetValueOrDefault(name);
}
