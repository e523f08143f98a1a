using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Forge.TestModules.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.TestModules.Notes;

public sealed record GatedJobArgs(string Key, string GateFile);

/// <summary>
/// A job whose progress the test controls, never a clock: it records that it started (on which process),
/// then waits until the test creates <see cref="GatedJobArgs.GateFile"/>, then records its effect once.
/// Cancelled, it records when its token tripped. Idempotent by key, as every handler must be.
/// </summary>
public sealed class GatedJob(NotesDbContext db, ICurrentTenant currentTenant, TimeProvider clock) : IBackgroundJob<GatedJobArgs>
{
    public static string StartedKey(string key, int processId) => $"{key}:started:{processId}";
    public static string CancelledKey(string key, int processId) => $"{key}:cancelled:{processId}";

    public async Task ExecuteAsync(GatedJobArgs args, CancellationToken cancellationToken)
    {
        await RecordAsync(StartedKey(args.Key, Environment.ProcessId), CancellationToken.None);
        try
        {
            while (!File.Exists(args.GateFile))
                await Task.Delay(50, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await RecordAsync(CancelledKey(args.Key, Environment.ProcessId), CancellationToken.None);
            throw;
        }
        await RecordAsync(args.Key, cancellationToken);
    }

    private async Task RecordAsync(string key, CancellationToken ct)
    {
        if (await db.JobEffects.AnyAsync(e => e.Key == key, ct)) return;
        db.JobEffects.Add(new JobEffect { Id = Guid.NewGuid(), Key = key, RanAsTenant = currentTenant.Id, At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}

/// <summary>
/// A recurring job (<c>Notes:TickSeconds</c>, off by default) that records each run with the occurrence it
/// serves, so a test can tell whether two hosts both ran one occurrence.
/// </summary>
public sealed class TickJob(NotesDbContext db, RecurringJobRun run, TimeProvider clock) : IRecurringJob
{
    public const string Name = "test.tick";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var occurrence = run.TriggeredAt.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        db.JobEffects.Add(new JobEffect { Id = Guid.NewGuid(), Key = $"tick:{occurrence}:{Environment.ProcessId}:{Guid.NewGuid():N}", At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
