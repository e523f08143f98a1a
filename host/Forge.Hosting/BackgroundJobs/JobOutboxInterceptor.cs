using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// On every kernel-registered context: stamps staged jobs with the commit time, and pulses
/// <see cref="JobOutboxSignal"/> once they are committed — after <c>SaveChanges</c>, or, inside an explicit
/// transaction, after its commit (a rollback drops them with everything else).
/// </summary>
public sealed class JobOutboxInterceptor(JobOutboxSignal signal, TimeProvider clock) : CommitPulseInterceptor(signal.Pulse)
{
    protected override bool Stages(DbContext context)
    {
        var staged = false;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<JobOutboxMessage>())
        {
            if (entry.State != EntityState.Added) continue;
            entry.Entity.CreatedAt = now;
            staged = true;
        }
        return staged;
    }
}
