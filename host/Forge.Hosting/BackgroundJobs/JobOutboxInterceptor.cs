using System.Data.Common;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// On every kernel-registered context: stamps staged jobs with the commit time, and pulses
/// <see cref="JobOutboxSignal"/> once they are committed — after <c>SaveChanges</c>, or, inside an explicit
/// transaction, after its commit (a rollback drops them with everything else). Holds no state of its own
/// (<see cref="PulseAfterCommit"/>), so pooled contexts can share one instance.
/// </summary>
public sealed class JobOutboxInterceptor(JobOutboxSignal signal, TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly PulseAfterCommit _pulse = new(signal.Pulse);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _pulse.Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        _pulse.Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pulse.Failed(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.Failed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => _pulse.Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pulse.RolledBack(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Stamp(DbContext? context)
    {
        var staged = false;
        if (context is not null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var entry in context.ChangeTracker.Entries<JobOutboxMessage>())
            {
                if (entry.State != EntityState.Added) continue;
                entry.Entity.CreatedAt = now;
                staged = true;
            }
        }
        _pulse.Saving(context, staged);
    }
}
