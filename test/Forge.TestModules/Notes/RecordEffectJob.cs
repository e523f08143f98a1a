using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Forge.TestModules.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.TestModules.Notes;

public sealed record RecordEffectArgs(string Key);

/// <summary>Idempotent by key, as every job handler must be.</summary>
public sealed class RecordEffectJob(NotesDbContext db, ICurrentTenant currentTenant, TimeProvider clock) : IBackgroundJob<RecordEffectArgs>
{
    public async Task ExecuteAsync(RecordEffectArgs args, CancellationToken cancellationToken)
    {
        if (await db.JobEffects.AnyAsync(e => e.Key == args.Key, cancellationToken)) return;
        db.JobEffects.Add(new JobEffect { Id = Guid.NewGuid(), Key = args.Key, RanAsTenant = currentTenant.Id, At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
